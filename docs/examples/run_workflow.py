#!/usr/bin/env python3
"""Run a Retort workflow from a script, with the Python standard library only.

    RETORT_URL=http://localhost:8181 RETORT_API_KEY=rtk_... \
        python3 docs/examples/run_workflow.py workflows/descriptors.json read=workflows/data/nci-500.smi out/

Stores the workflow in your personal workspace (a new version if it changed), uploads each input file
and binds it to its source node, submits a run, follows its progress (Server-Sent Events) and downloads
every output into the folder given last. Exits 1 when the run does not succeed.
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

BASE = os.environ.get("RETORT_URL", "http://localhost:8181").rstrip("/") + "/api/v1"
KEY = os.environ["RETORT_API_KEY"]


def call(method, path, body=None, content_type="application/json", raw=False):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + KEY, "Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            payload = response.read()
            return payload if raw else json.loads(payload or b"null")
    except urllib.error.HTTPError as e:  # every error is application/problem+json
        problem = json.loads(e.read() or b"{}")
        sys.exit(f"{method} {path}: {e.code} {problem.get('title')}: {problem.get('detail')}")


def main(workflow_file, *rest):
    *bindings, out_dir = rest
    document = open(workflow_file, "rb").read()
    name = json.loads(document)["id"]

    workspace = next(w for w in call("GET", "/workspaces") if w["role"] == "OWNER")["id"]
    existing = call("GET", f"/workspaces/{workspace}/workflows?name={urllib.parse.quote(name)}")["items"]
    if existing:
        workflow = call("PUT", f"/workflows/{existing[0]['id']}", document)
    else:
        workflow = call("POST", f"/workspaces/{workspace}/workflows", document)
    workflow_id = workflow["workflow"]["id"]
    print(f"workflow {name}: version {workflow['version']['version']}")

    inputs = {}
    for binding in bindings:  # node=path
        node, path = binding.split("=", 1)
        file_name = urllib.parse.quote(os.path.basename(path))
        artifact = call("POST", f"/artifacts?name={file_name}", open(path, "rb").read(), "application/octet-stream")
        inputs[node] = "artifact:" + artifact["sha256"]

    run = call("POST", f"/workflows/{workflow_id}/runs", {"inputs": inputs})
    print(f"run {run['id']} of {name}: {run['status']}")

    events = urllib.request.Request(f"{BASE}/runs/{run['id']}/events", headers={"Authorization": "Bearer " + KEY})
    with urllib.request.urlopen(events, timeout=3600) as stream:
        event = None
        for line in stream:
            line = line.decode().rstrip("\n")
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event in ("progress", "end"):
                data = json.loads(line[5:])
                if event == "progress":
                    print(f"  {data.get('nodeId', ''):14} {data.get('status', ''):10} in {data.get('rowsIn', 0):>7} "
                          f"out {data.get('rowsOut', 0):>7} failed {data.get('rowsFailed', 0):>5}")
                else:
                    print(f"run {run['id']}: {data.get('status')} {data.get('failureMessage') or ''}")
                    break

    final = call("GET", f"/runs/{run['id']}")
    os.makedirs(out_dir, exist_ok=True)
    for output in call("GET", f"/runs/{run['id']}/outputs"):
        target = os.path.join(out_dir, output["name"])
        with open(target, "wb") as f:
            f.write(call("GET", f"/runs/{run['id']}/outputs/{urllib.parse.quote(output['name'])}", raw=True))
        print(f"  wrote {target} ({output['size']} bytes)")
    return 0 if final["status"] == "SUCCEEDED" else 1


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
