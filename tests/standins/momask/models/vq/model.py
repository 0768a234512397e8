"""Stand-in residual VQ-VAE: forward_decoder gives a known function of the base-layer token ids."""

import numpy as np
import torch

from standin_log import record

_FLOAT_EPS = np.finfo(np.float).eps  # as MoMask's common/quaternion.py does at import (NumPy < 1.24 only)


class RVQVAE(torch.nn.Module):
    def __init__(self, args, input_width=263, nb_code=1024, code_dim=512, output_emb_width=512, down_t=3,
                 stride_t=2, width=512, depth=3, dilation_growth_rate=3, activation="relu", norm=None):
        super().__init__()
        record("RVQVAE.__init__", input_width=input_width, nb_code=nb_code, code_dim=code_dim,
               num_quantizers=args.num_quantizers, activation=activation, norm=norm)
        self.input_width = input_width
        self.nb_code = nb_code
        self.offset = torch.nn.Parameter(torch.zeros(()))

    def load_state_dict(self, state_dict, strict=True):
        record("RVQVAE.load_state_dict", keys=sorted(state_dict), strict=strict)
        return super().load_state_dict(state_dict, strict=strict)

    def forward_decoder(self, ids):
        """(B, L, Q) ids -> (B, 4 L, input_width): base id / nb_code + bump(frame) * channel / 263."""
        record("RVQVAE.forward_decoder", shape=list(ids.shape))
        per_frame = (ids[:, :, 0].float() / self.nb_code).repeat_interleave(4, dim=1)
        frame = torch.arange(per_frame.shape[1], dtype=torch.float32)
        bump = torch.minimum(frame, torch.tensor(5.0)) - torch.clamp(frame - 5, min=0)
        channel = torch.arange(self.input_width, dtype=torch.float32) / 263.0
        return per_frame[:, :, None] + bump[None, :, None] * channel[None, None, :]
