from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_PROMPTS = REPO.parent / "shared" / "data" / "prompts_10k.md"


@pytest.fixture
def shared_prompts():
    if not SHARED_PROMPTS.exists():
        pytest.skip(f"{SHARED_PROMPTS} not present (shared data sits beside the repository)")
    return SHARED_PROMPTS
