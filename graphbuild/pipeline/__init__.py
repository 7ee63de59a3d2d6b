"""Build orchestration: inputs and options in, a filled store, outputs and a `BuildReport` out.
Runs the per-document step locally (one process or forked workers) or on Dask.
"""
