"""Queue mode: batches of images as rq jobs in Redis, run by `labelscribe worker` processes.

Redis holds the queue and the progress; every finished image is also written as a record file in the
batch's output folder, so the data never lives only in Redis.
"""
