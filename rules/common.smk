# Parse-time setup: validate the config, resolve the preset, read the prompt file
# into the prompt table, and helpers that name every file of the DAG.
import os
import sys
import warnings
from pathlib import Path

from snakemake.utils import min_version, validate

min_version("8.0")

sys.path.insert(0, str(Path(workflow.basedir) / "workflow" / "scripts"))

from posegen import batch_records, dataset_file, ledger
from posegen import layout as file_layout
from posegen.backends import BackendError, preflight
from posegen.pose_curation import CurationSettings
from posegen.failures import shard_attempts
from posegen.shard_file import shard_file_intact
from posegen.gpu import GpuConfigError, check_configured_gpus
from posegen.plan import build_table, rows_digest, table_settings
from posegen.run_plan import RunPlan
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

# A job on a cluster node parses the workflow again to run one job: the checks of
# the whole folder and the backend were done where the run started.
MAIN = workflow.is_main_process

try:
    # "~/datasets" means the home folder, as in a shell.
    for key in ("prompts", "output_dir", "temp_dir", "report_dir"):
        config[key] = os.path.expanduser(config[key])
    FOLDERS = {key: config[key] for key in ("output_dir", "temp_dir", "report_dir")}
    check_layout(FOLDERS, config["prompts"], os.getcwd(), workflow.basedir)
    check_writable(**FOLDERS)
    # The output folder is the user's: stop before any job when it holds files this
    # workflow did not write (adopted in onstart when adopt_existing is set).
    FOREIGN = ledger.foreign(config["output_dir"]) if MAIN else []
    if not config["adopt_existing"]:
        ledger.refuse_foreign("output_dir", config["output_dir"], FOREIGN)
    ledger.check_scratch_folder("temp_dir", config["temp_dir"])
    ledger.check_scratch_folder("report_dir", config["report_dir"])
    RUN = resolve(config)
    if MAIN:
        preflight(RUN.backend, RUN.generation, RUN.backend_options)
    with warnings.catch_warnings(record=True) as PROMPT_WARNINGS:
        warnings.simplefilter("always", PromptFileWarning)
        TABLE = build_table(config["prompts"], **table_settings(config, RUN))
    for _warning in PROMPT_WARNINGS if MAIN else ():
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

PLAN = RunPlan.from_config(config, TABLE, RUN)
OUT = PLAN.output_dir
TMP = PLAN.temp_dir
REPORTS = config["report_dir"].rstrip("/")
MANIFEST = f"{OUT}/manifest.csv"
CURATED = f"{OUT}/curated.csv"
STACKED_POSES = f"{OUT}/poses.npy"
# dataset.parquet beside the manifest (posegen.dataset_file), unless parquet: false.
DATASET_PARQUET = [f"{OUT}/{dataset_file.FILE_NAME}"] if config["parquet"] else []
VERIFY_REPORT = f"{REPORTS}/verify.json"
SUMMARY = [f"{REPORTS}/contact_sheet.png", f"{REPORTS}/verify.html"]
POSE_FORMATS = PLAN.formats
CLIPS = PLAN.clips
RENDER = PLAN.render
# The generate jobs need the backend's own packages under --use-conda.
GENERATE_ENV = {"mardm": "../envs/mardm.yaml", "momask": "../envs/momask.yaml"}.get(
    RUN.backend, "../envs/posegen.yaml"
)
GENERATION = PLAN.generation
GENERATION_DIGEST = PLAN.generation_digest
SHARDS = PLAN.shards  # shard names, sorted

# A shard file cut short (a crash of an older version, a full disk) is scratch that
# cannot be trusted: it is removed so that its generation runs again (from the cache)
# rather than failing every render job of the shard. (A shard file of other settings
# has another name: posegen.run_plan.)
for _shard, _key in PLAN.shard_keys.items() if MAIN else ():
    _path = PLAN.generated_path(_shard)
    if os.path.exists(_path) and not shard_file_intact(_path, _key):
        os.remove(_path)
        print(
            f"{_path}: damaged, or not generated for this run's rows and settings; "
            "removed, its shard is generated again",
            file=sys.stderr,
        )

# A shard whose last generation had failures gets a new attempt number, which
# reruns its generation (see posegen.failures).
SHARD_ATTEMPTS = shard_attempts(REPORTS, list(SHARDS))

# The record each batch job asks for (posegen.batch_records): one whose files are all
# as it lists them means nothing to do; the settings that decide the files are in its
# name; a file missing or not as recorded (or found altered by verify) asks for a
# repair of its batch only.
_batch_records = []


def batch_record_paths(wildcards=None):
    """The record each batch job asks for, computed once, when a job needs them."""
    if not _batch_records:
        damaged = batch_records.damaged_in_report(f"{REPORTS}/verify_failed.json")
        _batch_records.extend(PLAN.record_paths(PLAN.record_states(damaged)))
    return _batch_records


def batch_record(kind):
    return batch_records.record_path(OUT, kind, "{shard}", "{batch}", "{state}")


def generated_shard(wildcards):
    return PLAN.generated_path(wildcards.shard)


def pose_folder(wildcards):
    """The folder of a shard's pose files in output_dir ("" or "<shard>/": posegen.layout)."""
    return file_layout.pose_folder(PLAN.layout, wildcards.shard)


def shard_digest(wildcards):
    return PLAN.shard_rows[wildcards.shard]


def shard_rows(wildcards):
    return PLAN.shard_records(wildcards.shard)


def shard_attempt(wildcards):
    return SHARD_ATTEMPTS.get(wildcards.shard, 0)


# Shards, render batches, batch record states and scratch keys (posegen.run_plan).
wildcard_constraints:
    shard=r"s[0-9]+",
    batch=r"b[0-9]+",
    state=r"[0-9a-f]+(-r[0-9]+)?",
    key=r"[0-9a-f]+",
