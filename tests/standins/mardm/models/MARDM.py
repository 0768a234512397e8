"""Stand-in MARDM: CLIP loaded as the real model does; generate draws one number per sample from torch's RNG."""

import clip
import torch

from standin_log import record, settings


class StandInMARDM(torch.nn.Module):
    def __init__(self, ae_dim, cond_mode, clip_version="ViT-B/32"):
        super().__init__()
        self.ae_dim = ae_dim
        self.mask_latent = torch.nn.Parameter(torch.zeros(1, 1, ae_dim))
        record("MARDM.__init__", ae_dim=ae_dim, cond_mode=cond_mode)
        self.clip_model = clip.load(clip_version, device="cpu", jit=False)[0]  # its keys are not in checkpoints
        assert torch.cuda.is_available()  # as the real model does before converting CLIP to float16

    def load_state_dict(self, state_dict, strict=True):
        result = super().load_state_dict(state_dict, strict=strict)
        record("MARDM.load_state_dict", keys=sorted(state_dict), strict=strict, missing=list(result.missing_keys))
        return result

    @torch.no_grad()
    def generate(self, conds, m_lens, timesteps, cond_scale, temperature=1, force_mask=False,
                 hard_pseudo_reorder=False):
        record(
            "MARDM.generate", conds=list(conds), m_lens=m_lens.tolist(), timesteps=timesteps,
            cond_scale=cond_scale, temperature=temperature,
        )
        assert not settings().get("assert_in_generate"), "stand-in assertion"
        oom_above = settings().get("oom_above")
        if oom_above is not None and len(conds) > oom_above:
            if settings().get("oom_error") == "RuntimeError":
                raise RuntimeError("CUDA error: out of memory (stand-in)")
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB (stand-in)")
        batch, tokens = len(conds), int(max(m_lens))
        noise = torch.rand(batch)  # the real sampler also draws from the global RNG
        record("MARDM.noise", noise=noise.tolist())
        valid = torch.arange(tokens)[None, :] < m_lens[:, None]
        latents = noise[:, None, None] * valid[:, None, :]
        return latents.expand(batch, self.ae_dim, tokens).clone()


MARDM_models = {"MARDM-SiT-XL": lambda **kwargs: StandInMARDM(**kwargs)}
