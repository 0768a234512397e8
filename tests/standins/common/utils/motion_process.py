"""Stand-in recover_from_ric: the root from channels 1-3, the other joints from channels 4-66."""

import torch

from standin_log import record


def recover_from_ric(data, joints_num):
    record("recover_from_ric", joints_num=joints_num, data=data.tolist())
    root = data[..., 1:4]
    joints = data[..., 4 : 4 + (joints_num - 1) * 3].reshape(*data.shape[:-1], joints_num - 1, 3)
    return torch.cat([root.unsqueeze(-2), joints], dim=-2)
