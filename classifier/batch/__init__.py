"""Batch: a whole file in chunks, on one process, on worker processes or on a Dask cluster."""
