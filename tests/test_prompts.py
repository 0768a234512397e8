import pytest

from posegen.prompts import PromptFileError, read_prompts


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def captions(path):
    return [p.caption for p in read_prompts(path)]


def test_markdown_list_markers_emphasis_headings_and_intro_text(tmp_path):
    path = write(
        tmp_path,
        "p.md",
        "# Title\n\nIntro sentence that is not a prompt.\n\n## Section\n"
        "1. A person arching back\n2)  A person waving.   \n- **A person sitting**\n"
        "* *A person squatting*\n+ __someone kneeling__!\n<!-- a comment -->\n---\n",
    )
    assert captions(path) == [
        "A person arching back",
        "A person waving.",
        "A person sitting",
        "A person squatting",
        "someone kneeling!",
    ]


def test_plain_text_every_line_and_line_numbers(tmp_path):
    path = write(tmp_path, "p.txt", "\ufeffA person waving\r\n\r\n   \t \r\n# comment\r\nA\tperson sitting  \r\n")
    prompts = read_prompts(path)
    assert [p.caption for p in prompts] == ["A person waving", "A person sitting"]
    assert [p.line for p in prompts] == [1, 5]


def test_mardm_length_suffix(tmp_path):
    path = write(tmp_path, "p.txt", "A person walking#120\nA person # not a length\nissue #7 is here#40\n")
    prompts = read_prompts(path)
    assert [(p.caption, p.length) for p in prompts] == [
        ("A person walking", 120),
        ("A person # not a length", None),
        ("issue #7 is here", 40),
    ]


def test_csv_and_tsv_columns(tmp_path):
    csv_path = write(tmp_path, "p.csv", 'id,caption,length\n1,"A person, waving",60\n2,A person sitting,\n3,,\n')
    assert [(p.caption, p.length, p.line) for p in read_prompts(csv_path)] == [
        ("A person, waving", 60, 2),
        ("A person sitting", None, 3),
    ]
    tsv_path = write(tmp_path, "p.tsv", "text\nA person kneeling\n")
    assert captions(tsv_path) == ["A person kneeling"]


def test_csv_without_caption_column_names_the_file(tmp_path):
    path = write(tmp_path, "p.csv", "id,description\n1,x\n")
    with pytest.raises(PromptFileError, match=r"p\.csv:1: no 'caption' or 'text' column"):
        read_prompts(path)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "no prompts found"),
        (b"# only a heading\n\n## another\n", "no prompts found"),
        (b"A person waving\n\xff\xfe bad\n", r":2: not valid UTF-8"),
        (b"A person\x00 waving\n", r":1: contains a NUL byte"),
    ],
)
def test_bad_files_get_one_clear_error_naming_file_and_line(tmp_path, data, message):
    path = write(tmp_path, "bad.md", data)
    with pytest.raises(PromptFileError, match=message) as info:
        read_prompts(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(PromptFileError, match="not found"):
        read_prompts(tmp_path / "nope.md")


def test_control_characters_are_removed_from_captions(tmp_path):
    path = write(tmp_path, "p.txt", "A person\x07 wav\x1bing\n")
    assert captions(path) == ["A person  wav ing"]


def test_shared_10k_file_gives_exactly_its_list_items(shared_prompts):
    prompts = read_prompts(shared_prompts)
    assert len(prompts) == 10_000
    assert all(p.caption and p.caption == p.caption.strip() for p in prompts)
    assert not any(p.caption.startswith(("**", "- ", "1.")) for p in prompts)


def test_only_newlines_end_lines(tmp_path):
    path = write(tmp_path, "p.txt", "A person \x0bwaving\x0c\nA person\u2028sitting\x85\r\n")
    assert captions(path) == ["A person  waving", "A person sitting"]


def test_tsv_quotes_are_text_and_emphasis_spans_stay(tmp_path):
    path = write(tmp_path, "p.tsv", 'caption\n"Hands up pose of a person\nA person waving\nA person "bowing"\n')
    assert captions(path) == ['"Hands up pose of a person', "A person waving", 'A person "bowing"']
    md = write(tmp_path, "p.md", "- *italic* and *more*\n- **all bold**\n- _a_ or _b_\n")
    assert captions(md) == ["*italic* and *more*", "all bold", "_a_ or _b_"]


@pytest.mark.parametrize("data", [b"A person waving#0\n", b"A person waving#5000\n", b"caption,length\nA person,0\n"])
def test_lengths_outside_the_range_are_refused_with_the_line(tmp_path, data):
    name = "p.csv" if data.startswith(b"caption") else "p.txt"
    path = write(tmp_path, name, data)
    with pytest.raises(PromptFileError, match=r":[12]: length \d+ frames is outside 1..1000"):
        read_prompts(path)


def test_length_suffix_split_at_the_last_hash():
    from posegen.prompts import _split_length

    assert _split_length("a person waving #40") == ("a person waving", 40)
    assert _split_length("a # b #12") == ("a # b", 12)
    assert _split_length("a#1234567") == ("a#1234567", None)
    assert _split_length("#40") == ("#40", None)
    assert _split_length(" " * 100_000 + "x") == (" " * 100_000 + "x", None)  # no hash: no search at all
