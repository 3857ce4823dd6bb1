"""A tiny HTTP proxy in front of moto that injects AWS faults, for the sweep tests.

Requests are told apart by the SigV4 credential scope of their Authorization header
(`…/<date>/<region>/<service>/aws4_request`). Options:
  --throttle N       answer the first N AWS Config requests with 400 ThrottlingException
  --deny-region R    answer every AWS Config request for region R with 400
                     UnrecognizedClientException (a region the account has not opted in to)
  --deny-account A   answer sts:AssumeRole of a role in account A with 403 AccessDenied
Prints its port on stdout, then serves until killed. Each injected fault is logged on stderr.

Usage: fault_proxy.py UPSTREAM_PORT [--throttle N] [--deny-region R]
"""

import argparse
import http.client
import http.server
import re
import sys
import threading

parser = argparse.ArgumentParser()
parser.add_argument("upstream", type=int)
parser.add_argument("--throttle", type=int, default=0)
parser.add_argument("--deny-region")
parser.add_argument("--deny-account")
args = parser.parse_args()

lock = threading.Lock()
throttled = 0
SCOPE = re.compile(r"Credential=[^/]+/\d{8}/([^/]+)/([^/]+)/aws4_request")


def fault(handler, status, code, message):
    body = ('{"__type": "%s", "message": "%s"}' % (code, message)).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/x-amz-json-1.1")
    handler.send_header("x-amzn-RequestId", "fault-proxy")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
    print(f"fault {code}", file=sys.stderr, flush=True)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_):
        pass

    def do_POST(self):
        global throttled
        body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
        scope = SCOPE.search(self.headers.get("Authorization", ""))
        region, service = scope.groups() if scope else ("", "")
        if service == "sts" and args.deny_account and b"AssumeRole" in body and args.deny_account.encode() in body:
            xml = (
                "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>"
                "<Message>not authorized to perform sts:AssumeRole</Message></Error>"
                "<RequestId>fault-proxy</RequestId></ErrorResponse>"
            ).encode()
            self.send_response(403)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(xml)))
            self.end_headers()
            self.wfile.write(xml)
            print("fault AccessDenied", file=sys.stderr, flush=True)
            return
        if service == "config":
            if region == args.deny_region:
                return fault(self, 400, "UnrecognizedClientException", "The security token included in the request is invalid.")
            with lock:
                throttle = throttled < args.throttle
                throttled += throttle
            if throttle:
                return fault(self, 400, "ThrottlingException", "Rate exceeded")
        upstream = http.client.HTTPConnection("127.0.0.1", args.upstream, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "keep-alive")}
        upstream.request(self.command, self.path, body=body, headers=headers)
        response = upstream.getresponse()
        data = response.read()
        self.send_response(response.status)
        for k, v in response.getheaders():
            if k.lower() not in ("connection", "keep-alive", "transfer-encoding", "content-length", "date", "server"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        upstream.close()

    do_GET = do_POST
    do_PUT = do_POST
    do_DELETE = do_POST


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
