# Parse-time setup: validate the config, resolve the preset, read the prompt file
# into the prompt table, and helpers that name every file of the DAG.
import os
import sys
import warnings
from pathlib import Path

from snakemake.utils import min_version, validate

min_version("8.0")

sys.path.insert(0, str(Path(workflow.basedir) / "workflow" / "scripts"))

from posegen import ledger
from posegen.backends import BackendError, preflight
from posegen.curation import CurationSettings
from posegen.failures import shard_attempts
from posegen.generation import shard_file_intact
from posegen.gpu import GpuConfigError, check_configured_gpus
from posegen.plan import build_table, rows_digest, table_settings
from posegen.prompts import PromptFileError, PromptFileWarning
from posegen.settings import (
    ConfigError,
    check_layout,
    check_writable,
    digest,
    normalize_command_line,
    resolve,
)

try:
    normalize_command_line(config)
except ConfigError as err:
    sys.exit(f"Error: {err}")
validate(config, "../workflow/schemas/config.schema.yaml")

try:
    # "~/datasets" means the home folder, as in a shell.
    for key in ("prompts", "output_dir", "temp_dir", "report_dir"):
        config[key] = os.path.expanduser(config[key])
    FOLDERS = {key: config[key] for key in ("output_dir", "temp_dir", "report_dir")}
    check_layout(FOLDERS, config["prompts"], os.getcwd(), workflow.basedir)
    check_writable(**FOLDERS)
    # The output folder is the user's: stop before any job when it holds files this
    # workflow did not write (adopted in onstart when adopt_existing is set).
    FOREIGN = ledger.foreign(config["output_dir"])
    if not config["adopt_existing"]:
        ledger.refuse_foreign("output_dir", config["output_dir"], FOREIGN)
    ledger.check_scratch_folder("temp_dir", config["temp_dir"])
    ledger.check_scratch_folder("report_dir", config["report_dir"])
    RUN = resolve(config)
    preflight(RUN.backend, RUN.generation, RUN.backend_options)
    with warnings.catch_warnings(record=True) as PROMPT_WARNINGS:
        warnings.simplefilter("always", PromptFileWarning)
        TABLE = build_table(config["prompts"], **table_settings(config, RUN))
    for _warning in PROMPT_WARNINGS:
        print(f"Warning: {_warning.message}", file=sys.stderr)
    check_configured_gpus(config["gpus"])
    CURATION = CurationSettings.from_config(config.get("curation"))
except (
    BackendError,
    ConfigError,
    GpuConfigError,
    PromptFileError,
    ledger.ForeignFilesError,
) as err:
    sys.exit(f"Error: {err}")

OUT = config["output_dir"].rstrip("/")
TMP = config["temp_dir"].rstrip("/")
REPORTS = config["report_dir"].rstrip("/")
MANIFEST = f"{OUT}/manifest.csv"
CURATED = f"{OUT}/curated.csv"
STACKED_POSES = f"{OUT}/poses.npy"
VERIFY_REPORT = f"{REPORTS}/verify.json"
PROMPT_TABLE = f"{TMP}/prompt_table.tsv"
SUMMARY = [f"{REPORTS}/contact_sheet.png", f"{REPORTS}/verify.html"]

# Files per pose, in the order a render job writes them; BVH files have jobs of their own.
POSE_FORMATS = tuple(f for f in ("npy", "json", "png", "bvh") if f in config["formats"])
# The whole generated motion of each pose as clips/<name>.bvh.
CLIPS = bool(config["bvh_clip"])

RENDER = dict(
    width=config["image_width"],
    height=config["image_height"],
    dpi=config["dpi"],
    views=list(config["views"]),
)
# The generate jobs need the backend's own packages under --use-conda.
GENERATE_ENV = (
    "../envs/mardm.yaml" if RUN.backend == "mardm" else "../envs/posegen.yaml"
)
GENERATION = RUN.generation_record()
GENERATION_DIGEST = digest(GENERATION)
SHARDS = {shard: rows for shard, rows in TABLE.groupby("shard", sort=True)}
RENDER_BATCHES = {
    key: rows for key, rows in TABLE.groupby(["shard", "batch"], sort=True)
}


# A shard file cut short (a crash of an older version, a full disk) is scratch that
# cannot be trusted: it is removed so that its generation runs again (from the cache)
# rather than failing every render job of the shard.
for _shard in SHARDS:
    _path = f"{TMP}/generated/{_shard}.npz"
    if os.path.exists(_path) and not shard_file_intact(_path):
        os.remove(_path)
        print(
            f"{_path}: damaged; removed, its shard is generated again", file=sys.stderr
        )

# A shard whose last generation had failures gets a new attempt number, which
# reruns its generation (see posegen.failures).
SHARD_ATTEMPTS = shard_attempts(REPORTS, list(SHARDS))


def pose_files(rows, extension):
    return [f"{OUT}/{name}.{extension}" for name in rows["name"]]


def clip_files(rows):
    return [f"{OUT}/clips/{name}.bvh" for name in rows["name"]]


# The first file of each render batch stands for the whole batch as a target and as
# an input of merge and verify (any output of a job waits for all of it). Requesting
# all 30,000 files of a 10K run would make Snakemake match each against the outputs
# of its rule and take minutes to plan; the first output matches at once.
BATCH_MARKERS = [
    pose_files(rows, extension)[0]
    for rows in RENDER_BATCHES.values()
    for extension in ("npy", "bvh")
    if extension in POSE_FORMATS
] + ([clip_files(rows)[0] for rows in RENDER_BATCHES.values()] if CLIPS else [])


def missing_pose_files():
    """Per-pose files missing from batches whose marker exists (e.g. one deleted NPY).

    Snakemake reruns a job for a missing output only when that output is
    requested; a batch whose marker is missing reruns anyway.
    """
    try:
        present = {entry.name for entry in os.scandir(OUT)}
    except FileNotFoundError:
        return []
    clips = set()
    if CLIPS and "clips" in present:
        clips = {entry.name for entry in os.scandir(f"{OUT}/clips")}
    missing = []
    for rows in RENDER_BATCHES.values():
        names = list(rows["name"])
        if f"{names[0]}.npy" not in present:
            continue
        missing += [
            f"{OUT}/{name}.{ext}"
            for name in names
            for ext in POSE_FORMATS
            if f"{name}.{ext}" not in present
        ]
        if CLIPS:
            missing += [
                f"{OUT}/clips/{name}.bvh"
                for name in names
                if f"{name}.bvh" not in clips
            ]
    return missing


def shard_digest(wildcards):
    return rows_digest(SHARDS[wildcards.shard])


def shard_attempt(wildcards):
    return SHARD_ATTEMPTS.get(wildcards.shard, 0)
