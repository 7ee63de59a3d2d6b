import sys

from .pipeline.early_start import fork_model_worker_early

fork_model_worker_early(sys.argv[1:])  # before the command line's imports (~0.05 s); main() finds the worker forked

from .cli import main  # noqa: E402

main()
