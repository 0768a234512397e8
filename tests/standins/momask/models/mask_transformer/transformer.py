"""Stand-in masked and residual transformers: CLIP loaded as the real ones do, tokens drawn from torch's RNG."""

import clip
import torch

from standin_log import record, settings


class _Transformer(torch.nn.Module):
    def __init__(self, kind, code_dim, cond_mode, latent_dim, ff_size, num_layers, num_heads, dropout, clip_dim,
                 cond_drop_prob, clip_version, opt, **kwargs):
        super().__init__()
        record(f"{kind}.__init__", code_dim=code_dim, cond_mode=cond_mode, latent_dim=latent_dim, ff_size=ff_size,
               num_layers=num_layers, num_heads=num_heads, dropout=dropout, cond_drop_prob=cond_drop_prob,
               num_tokens=opt.num_tokens, num_quantizers=opt.num_quantizers, device=str(opt.device), **kwargs)
        self.kind = kind
        self.opt = opt
        self.token_emb = torch.nn.Parameter(torch.zeros(2))
        self.clip_model = clip.load(clip_version, device="cpu", jit=False)[0]  # its keys are not in checkpoints

    def load_state_dict(self, state_dict, strict=True):
        result = super().load_state_dict(state_dict, strict=strict)
        record(f"{self.kind}.load_state_dict", keys=sorted(state_dict), strict=strict,
               missing=list(result.missing_keys))
        return result


class MaskTransformer(_Transformer):
    def __init__(self, code_dim, cond_mode, latent_dim=256, ff_size=1024, num_layers=8, num_heads=4, dropout=0.1,
                 clip_dim=512, cond_drop_prob=0.1, clip_version=None, opt=None, **kwargs):
        super().__init__("MaskTransformer", code_dim, cond_mode, latent_dim, ff_size, num_layers, num_heads, dropout,
                         clip_dim, cond_drop_prob, clip_version, opt)

    @torch.no_grad()
    def generate(self, conds, m_lens, timesteps, cond_scale, temperature=1, topk_filter_thres=0.9, gsample=False,
                 force_mask=False):
        record("MaskTransformer.generate", conds=list(conds), m_lens=m_lens.tolist(), timesteps=timesteps,
               cond_scale=cond_scale, temperature=temperature, topk_filter_thres=topk_filter_thres, gsample=gsample)
        assert not settings().get("assert_in_generate"), "stand-in assertion"
        oom_above = settings().get("oom_above")
        if oom_above is not None and len(conds) > oom_above:
            raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB (stand-in)")
        length = int(max(m_lens))
        ids = torch.randint(0, self.opt.num_tokens, (len(conds), length))  # the real sampler draws from the global RNG
        ids = torch.where(torch.arange(length)[None, :] < m_lens[:, None], ids, -1)
        record("MaskTransformer.ids", ids=ids.tolist())
        return ids


class ResidualTransformer(_Transformer):
    def __init__(self, code_dim, cond_mode, latent_dim=256, ff_size=1024, num_layers=8, cond_drop_prob=0.1,
                 num_heads=4, dropout=0.1, clip_dim=512, shared_codebook=False, share_weight=False,
                 clip_version=None, opt=None, **kwargs):
        super().__init__("ResidualTransformer", code_dim, cond_mode, latent_dim, ff_size, num_layers, num_heads,
                         dropout, clip_dim, cond_drop_prob, clip_version, opt, shared_codebook=shared_codebook,
                         share_weight=share_weight)

    @torch.no_grad()
    def generate(self, motion_ids, conds, m_lens, temperature=1, topk_filter_thres=0.9, cond_scale=2,
                 num_res_layers=-1):
        record("ResidualTransformer.generate", ids=motion_ids.tolist(), conds=list(conds), m_lens=m_lens.tolist(),
               temperature=temperature, cond_scale=cond_scale)
        rest = torch.randint(0, self.opt.num_tokens, (*motion_ids.shape, self.opt.num_quantizers - 1))
        return torch.cat([motion_ids[..., None], rest], dim=-1)
