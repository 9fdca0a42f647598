"""An SMTP server that accepts everything and counts it: `python3 smtp_sink.py PORT REPORT`.
On SIGTERM it writes `received <n> distinct <m>` (by Message-ID) to REPORT."""
import asyncore
import signal
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import smtpd  # noqa: E402  (standard library up to Python 3.11)

port, report = int(sys.argv[1]), sys.argv[2]
ids = []


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        for line in data.decode("utf-8", "replace").splitlines():
            if not line:
                break
            if line.lower().startswith("message-id:"):
                ids.append(line.split(":", 1)[1].strip())
        return None


def stop(*_):
    with open(report, "w") as out:
        out.write(f"received {len(ids)} distinct {len(set(ids))}\n")
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop(timeout=0.2)
