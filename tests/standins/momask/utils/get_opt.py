"""Stand-in get_opt: reads opt.txt as MoMask's does (True/False, floats, ints, else text)."""

from argparse import Namespace

from standin_log import record


def get_opt(opt_path, device, **kwargs):
    record("get_opt", path=str(opt_path), device=str(device))
    opt = Namespace()
    with open(opt_path) as f:
        for line in f:
            key, sep, value = line.strip("\n").partition(": ")
            if not sep:
                continue
            if value in ("True", "False"):
                setattr(opt, key, value == "True")
            elif value.replace(".", "", 1).lstrip("-").isdigit():
                setattr(opt, key, float(value) if "." in value else int(value))
            else:
                setattr(opt, key, value)
    opt.device = device
    for key, value in kwargs.items():
        setattr(opt, key, value)
    return opt
