"""Drives the kernel named by argv[1] with a real jupyter_client, one check per step.

Usage: python3 session_checks.py KERNEL_NAME STDERR_LOG
Prints "PASS <check>" per check and exits non-zero on the first failure (an AssertionError says why).
JUPYTER_PATH must point at the share/jupyter directory holding the kernelspec.
"""
import json
import sys
import time

import zmq
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

TIMEOUT = 120  # generous: the first cell pays for Roslyn's warm-up


def check(name):
    def wrap(fn):
        fn()
        print("PASS " + name, flush=True)
    return wrap


kernel_name, stderr_path = sys.argv[1], sys.argv[2]
stderr_log = open(stderr_path, "w")
km = KernelManager(kernel_name=kernel_name)
km.start_kernel(stderr=stderr_log)
process = km.provisioner.process
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=TIMEOUT)


def shell_reply(msg_id):
    while True:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def run(code, **kwargs):
    outputs = []
    reply = kc.execute_interactive(code, output_hook=lambda m: outputs.append(m), timeout=TIMEOUT, **kwargs)
    return reply["content"], outputs


def of_type(outputs, msg_type):
    return [m["content"] for m in outputs if m["msg_type"] == msg_type]


@check("kernel_info")
def _():
    reply = shell_reply(kc.kernel_info())
    content = reply["content"]
    assert content["status"] == "ok", content
    assert content["protocol_version"] == "5.3", content
    assert content["implementation"] == "analysis", content
    info = content["language_info"]
    assert info["name"] == "C#" and info["file_extension"] == ".cs" and info["mimetype"] == "text/x-csharp", info
    assert info["pygments_lexer"] == "csharp" and info["codemirror_mode"] == "text/x-csharp", info


@check("execute 1+1")
def _():
    reply, outputs = run("1+1")
    assert reply["status"] == "ok", reply
    results = of_type(outputs, "execute_result")
    assert len(results) == 1 and results[0]["data"]["text/plain"] == "2", outputs
    assert results[0]["execution_count"] == reply["execution_count"] == 1, (results, reply)
    states = [m["content"]["execution_state"] for m in outputs if m["msg_type"] == "status"]
    assert states == ["busy", "idle"], states
    assert of_type(outputs, "execute_input")[0]["code"] == "1+1", outputs


@check("state across executes")
def _():
    first, _ = run("var answer = 40;")
    assert first["status"] == "ok", first
    reply, outputs = run("answer + 2")
    assert reply["status"] == "ok", reply
    assert of_type(outputs, "execute_result")[0]["data"]["text/plain"] == "42", outputs
    assert reply["execution_count"] == first["execution_count"] + 1, (first, reply)


@check("stdout stream")
def _():
    reply, outputs = run('Console.WriteLine("hello from C#");')
    assert reply["status"] == "ok", reply
    text = "".join(s["text"] for s in of_type(outputs, "stream") if s["name"] == "stdout")
    assert text == "hello from C#\n", outputs
    assert of_type(outputs, "execute_result") == [], outputs


@check("many lines arrive once, in order")
def _():
    reply, outputs = run('for (var i = 0; i < 3000; i++) Console.WriteLine(i); Console.Write("end");')
    assert reply["status"] == "ok", reply
    text = "".join(s["text"] for s in of_type(outputs, "stream") if s["name"] == "stdout")
    assert text == "".join("%d\n" % i for i in range(3000)) + "end", text[-200:]


@check("console input reads end-of-input instead of hanging")
def _():
    reply, outputs = run("Console.ReadLine() is null")
    assert reply["status"] == "ok", reply
    assert of_type(outputs, "execute_result")[0]["data"]["text/plain"] in ("True", "true"), outputs


@check("error")
def _():
    reply, outputs = run('throw new InvalidOperationException("boom");')
    assert reply["status"] == "error", reply
    assert reply["ename"] == "InvalidOperationException" and reply["evalue"] == "boom", reply
    errors = of_type(outputs, "error")
    assert len(errors) == 1 and errors[0]["ename"] == "InvalidOperationException", outputs
    assert any("boom" in line for line in errors[0]["traceback"]), errors


@check("compile error")
def _():
    reply, outputs = run("undefinedName + 1")
    assert reply["status"] == "error", reply
    assert "undefinedName" in reply["evalue"] or any("undefinedName" in l for l in reply["traceback"]), reply


@check("silent and store_history")
def _():
    before, _ = run("1")
    reply, outputs = run("5", silent=True)
    assert reply["status"] == "ok" and of_type(outputs, "execute_result") == [], outputs
    assert of_type(outputs, "execute_input") == [], outputs
    after, _ = run("2", store_history=False)
    final, _ = run("3")
    assert final["execution_count"] == before["execution_count"] + 1, (before, final)


@check("stop_on_error aborts queued requests")
def _():
    failing = kc.execute('System.Threading.Thread.Sleep(300); throw new Exception("first");')
    queued = kc.execute("1")
    assert shell_reply(failing)["content"]["status"] == "error"
    assert shell_reply(queued)["content"]["status"] == "aborted"
    reply, _ = run("7")
    assert reply["status"] == "ok", reply


@check("complete")
def _():
    reply = shell_reply(kc.complete("Console.Wri", 11))["content"]
    assert reply["status"] == "ok", reply
    assert "WriteLine" in reply["matches"], reply
    assert reply["cursor_start"] == 8 and reply["cursor_end"] == 11, reply


@check("is_complete")
def _():
    for code, expected in [("var x = 1;", "complete"), ("if (true) {", "incomplete")]:
        reply = shell_reply(kc.is_complete(code))["content"]
        assert reply["status"] == expected, (code, reply)


@check("inspect")
def _():
    reply = shell_reply(kc.inspect("Console.WriteLine", 12))["content"]
    assert reply["status"] == "ok", reply
    assert reply["found"] and "WriteLine" in reply["data"]["text/plain"], reply


@check("comm_info and history")
def _():
    comm = shell_reply(kc.comm_info())["content"]
    assert comm == {"status": "ok", "comms": {}}, comm
    history = shell_reply(kc.history())["content"]
    assert history["status"] == "ok" and history["history"] == [], history


@check("interrupt a tight loop")
def _():
    msg_id = kc.execute("while (true) { }")
    # Wait until the kernel reports the cell busy, so the interrupt hits a running cell.
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    time.sleep(0.5)
    km.interrupt_kernel()
    reply = shell_reply(msg_id)["content"]
    assert reply["status"] == "error", reply
    after, outputs = run("2+3")
    assert after["status"] == "ok", after
    assert of_type(outputs, "execute_result")[0]["data"]["text/plain"] == "5", outputs


@check("bad signature is ignored and logged")
def _():
    connection = km.get_connection_info()
    ctx = zmq.Context.instance()
    raw = ctx.socket(zmq.DEALER)
    raw.linger = 0
    raw.connect("%s://%s:%d" % (connection["transport"], connection["ip"], connection["shell_port"]))
    forged = Session(key=b"not-the-kernel-key", signature_scheme="hmac-sha256")
    msg = forged.msg("kernel_info_request", content={})
    forged.send(raw, msg)
    assert raw.poll(1000) == 0, "the kernel answered a message with a bad signature"
    reply = shell_reply(kc.kernel_info())["content"]
    assert reply["status"] == "ok", reply
    raw.close()
    stderr_log.flush()
    with open(stderr_path) as log:
        text = log.read()
    assert "shell: rejected message: invalid message signature" in text, text


@check("heartbeat")
def _():
    assert kc.hb_channel.is_beating(), "no heartbeat"


@check("shutdown exits cleanly")
def _():
    msg_id = kc.shutdown()
    while True:
        reply = kc.get_control_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            break
    assert reply["msg_type"] == "shutdown_reply" and reply["content"]["status"] == "ok", reply
    code = process.wait(timeout=30)
    assert code == 0, "exit code %r" % code
    kc.stop_channels()
    km.cleanup_resources()
