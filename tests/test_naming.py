import pytest

from posegen.naming import RESERVED_NAMES, base_name, unique_names


@pytest.mark.parametrize(
    "caption, name",
    [
        ("A person arching back.", "arching_back"),
        ("SOMEONE Kneeling  on   the LEFT knee", "kneeling_on_the_left_knee"),
        ("The woman waving", "waving"),
        ("A personal trainer stretching", "a_personal_trainer_stretching"),  # "a person" must be a whole word
        ("一个人向后弯腰", "一个人向后弯腰"),
        ("A person doing a 360° spin!", "doing_a_360_spin"),
        ("../../etc/passwd", "etcpasswd"),
        ("C:\\Windows\\system32", "cwindowssystem32"),
        ("tab\there-and_there", "tab_here_and_there"),
        ("Café  au lait", "café_au_lait"),
    ],
)
def test_base_name(caption, name):
    assert base_name(caption) == name


def test_names_are_limited_to_200_bytes_of_utf8_without_splitting_characters():
    name = base_name("一" * 150)  # 3 bytes each
    assert len(name.encode("utf-8")) <= 200
    assert name == "一" * 66


def test_collisions_get_suffixes_by_input_order():
    captions = ["Arching back.", "arching back", "A person arching back", "arching back 2", "Arching Back"]
    assert unique_names(captions) == [
        "arching_back",
        "arching_back_2",
        "arching_back_3",
        "arching_back_2_2",
        "arching_back_4",
    ]


def test_empty_names_and_reserved_names():
    names = unique_names(["!!!", "...", "CON", "nul", "poses", "manifest", "a person"])
    assert names[:2] == ["pose_0", "pose_1"]
    assert not set(names) & RESERVED_NAMES
    assert len(set(names)) == len(names)


def test_thousand_copies_and_case_variants_stay_unique_and_short():
    captions = ["A person waving"] * 1000 + ["A PERSON WAVING", "a person Waving"]
    names = unique_names(captions)
    assert len(set(names)) == len(names)
    assert names[999] == "waving_1000"
    long = unique_names(["x" * 500] * 20)
    assert len(set(long)) == 20 and all(len(n.encode()) <= 200 for n in long)


def test_names_are_safe_path_components():
    hostile = ["../../x", "/abs/path", "a/b\\c", "\x00nul", ".hidden", "~user", "a:b*c?d\"e<f>g|h"]
    for name in unique_names(hostile):
        assert name and "/" not in name and "\\" not in name and not name.startswith(".")
        assert all(ch.isalnum() or ch == "_" for ch in name)


def test_shared_file_names_are_unique(shared_prompts):
    from posegen.prompts import read_prompts

    captions = [p.caption for p in read_prompts(shared_prompts)]
    names = unique_names(captions)
    assert len(names) == len(set(names)) == 10_000
    assert len({n.casefold() for n in names}) == 10_000


def test_default_prefixes_match_the_shipped_config():
    from tests.config_helpers import base_config
    from posegen.naming import DEFAULT_SUBJECT_PREFIXES

    assert sorted(base_config()["name_strip_prefixes"]) == sorted(DEFAULT_SUBJECT_PREFIXES)


def test_suffixes_stay_the_smallest_free_number_when_captions_take_them_first():
    from posegen.naming import unique_names

    assert unique_names(["waving", "waving 2", "waving", "waving"]) == ["waving", "waving_2", "waving_3", "waving_4"]
    assert unique_names(["waving", "waving", "waving 3", "waving", "waving 2"]) == [
        "waving", "waving_2", "waving_3", "waving_4", "waving_2_2"
    ]
    names = unique_names(["A person arching back"] * 5000)
    assert names[-1] == "arching_back_5000" and len(set(names)) == 5000
