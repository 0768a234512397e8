"""A plugin backend for tests: the built-in generator, except that while the file named by
``backend_options.fail_flag`` exists, any batch holding a caption with "bad" in it fails."""

from pathlib import Path

from posegen.builtin import BuiltinGenerator


class FlakyGenerator(BuiltinGenerator):
    def __init__(self, settings, options):
        super().__init__(settings, options)
        self.fail_flag = Path(options["fail_flag"])

    def generate(self, captions, seeds, lengths):
        if self.fail_flag.exists() and any("bad" in caption for caption in captions):
            raise RuntimeError("CUDA out of memory (simulated)")
        return super().generate(captions, seeds, lengths)


def make(settings, options):
    return FlakyGenerator(settings, options)
