import sys

from .pipeline.early_start import fork_model_worker_early, stopped_early

try:
    fork_model_worker_early(sys.argv[1:])  # before the command line's imports (~0.05 s); main() finds the worker forked
    from .cli import main
except KeyboardInterrupt:  # a Ctrl-C while the command line imports itself: one line, not a traceback
    stopped_early()

main()
