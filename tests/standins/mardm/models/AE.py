"""Stand-in AE: decode gives a known function of the latents and of the frame and channel indices."""

import torch

from standin_log import record


class StandInAE(torch.nn.Module):
    def __init__(self, input_width=67, output_emb_width=4):
        super().__init__()
        self.input_width = input_width
        self.output_emb_width = output_emb_width
        self.offset = torch.nn.Parameter(torch.zeros(()))

    def load_state_dict(self, state_dict, strict=True):
        record("ae.load_state_dict", keys=sorted(state_dict), offset=float(state_dict["offset"]), strict=strict)
        return super().load_state_dict(state_dict, strict=strict)

    def decode(self, latents):
        """(B, D, L) -> (B, 4 L, input_width): latent of the frame's token + bump(frame) * channel / 67."""
        record("ae.decode", shape=list(latents.shape))
        per_frame = latents[:, 0].repeat_interleave(4, dim=1)  # (B, 4 L)
        frame = torch.arange(per_frame.shape[1], dtype=torch.float32)
        bump = torch.minimum(frame, torch.tensor(5.0)) - torch.clamp(frame - 5, min=0)  # peaks at frame 5
        channel = torch.arange(self.input_width, dtype=torch.float32) / 67.0
        return per_frame[:, :, None] + bump[None, :, None] * channel[None, None, :]


AE_models = {"AE_Model": lambda **kwargs: StandInAE(**kwargs)}
