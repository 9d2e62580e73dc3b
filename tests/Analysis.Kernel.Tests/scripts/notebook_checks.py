"""Executes chart_notebook.ipynb with nbclient on the kernel named by argv[1] and checks the outputs
have the shapes the headless runner produces: a frame as an HTML table, a chart as a plotly JSON
object with an HTML fallback.

Usage: python3 notebook_checks.py KERNEL_NAME NOTEBOOK OUTPUT_NOTEBOOK
"""
import sys

import nbformat
from nbclient import NotebookClient

kernel_name, source, target = sys.argv[1], sys.argv[2], sys.argv[3]
nb = nbformat.read(source, as_version=4)
NotebookClient(nb, kernel_name=kernel_name, timeout=120, startup_timeout=120).execute()
nbformat.write(nb, target)

code = [c for c in nb.cells if c.cell_type == "code"]
assert [c.execution_count for c in code] == [1, 2, 3], [c.execution_count for c in code]

frame = code[0].outputs
assert len(frame) == 1 and frame[0].output_type == "execute_result", frame
assert "<table" in frame[0].data["text/html"] and "North" in frame[0].data["text/html"], frame[0].data
assert "text/plain" in frame[0].data, frame[0].data
print("PASS frame as HTML table", flush=True)

chart = code[1].outputs
assert len(chart) == 1 and chart[0].output_type == "execute_result", chart
figure = chart[0].data["application/vnd.plotly.v1+json"]
assert isinstance(figure, dict), type(figure)
assert figure["data"][0]["type"] == "bar" and list(figure["data"][0]["y"]) == [1200, 800], figure["data"]
assert "<div" in chart[0].data["text/html"], chart[0].data["text/html"][:200]
print("PASS chart as plotly JSON object with HTML fallback", flush=True)

stream = code[2].outputs
assert [(o.output_type, o.name, o.text) for o in stream] == [("stream", "stdout", "2 rows\n")], stream
print("PASS stdout stream", flush=True)
