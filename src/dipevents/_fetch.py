"""Fetching a page by its URL, on the user's own network: a timeout, a size cap, a
User-Agent that names dipevents, redirects only to http(s), no retries.

Only the standard library is used, so that fetching plain-text pages needs no extra.
"""

from __future__ import annotations

import re
import time
import zlib
from functools import cache
from typing import IO, TYPE_CHECKING, Any

import attrs

from dipevents._known import known
from dipevents._version import __version__
from dipevents.errors import FetchError

if TYPE_CHECKING:
    import urllib.request
    from http.client import HTTPMessage

#: Sent with every request, so that site owners can tell who is asking.
USER_AGENT = f"dipevents/{__version__} (+https://github.com/dipevents/dipevents)"
#: Seconds allowed for connecting and for the whole download.
DEFAULT_TIMEOUT = 30.0
_CHUNK = 1 << 16
_URL = re.compile(r"https?://\S+", re.I)


def is_url(value: str) -> bool:
    """Whether a command-line input or a string given to ``extract_many`` is a URL."""
    return len(value) <= 8192 and _URL.fullmatch(value.strip()) is not None


@attrs.frozen
class Response:
    """A page as it came back: its final address (after redirects), its media type and
    charset (from ``Content-Type``) and its bytes."""

    url: str
    status: int
    media_type: str
    charset: str | None
    data: bytes

    @property
    def is_html(self) -> bool:
        return self.media_type in ("text/html", "application/xhtml+xml")


@cache
def _opener() -> urllib.request.OpenerDirector:
    """The opener every fetch uses (built at the first: the network modules are imported
    only by a run that fetches)."""
    import urllib.request

    class _Redirects(urllib.request.HTTPRedirectHandler):
        """Follows redirects to http and https addresses only (never file: or ftp:)."""

        def redirect_request(
            self,
            req: urllib.request.Request,
            fp: IO[bytes],
            code: int,
            msg: str,
            headers: HTTPMessage,
            newurl: str,
        ) -> urllib.request.Request | None:
            if not newurl.lower().startswith(("http://", "https://")):
                fp.close()
                raise FetchError(req.full_url, f"redirected to {newurl!r}, not a web address")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(_Redirects())


def _read(response: Any, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    encoding = (response.headers.get("Content-Encoding") or "identity").lower()
    inflate = zlib.decompressobj(47) if encoding in ("gzip", "x-gzip", "deflate") else None
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(url, f"timed out after {timeout:g} s")
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        if inflate is not None:
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, f"over the limit of {max_bytes:,} bytes")
        parts.append(chunk)
    return b"".join(parts)


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = 5_000_000) -> Response:
    """GET ``url``; raises :class:`~dipevents.errors.FetchError` for a bad address, a
    connection that fails or times out, an HTTP error status, or a body over
    ``max_bytes``."""
    try:
        checked = known(url=url).url
    except (TypeError, ValueError):
        checked = None
    if checked is None:
        raise FetchError(str(url), "not an http or https address")
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        checked,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "gzip",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(checked, f"{int(length):,} bytes, over the limit of {max_bytes:,}")
            data = _read(response, checked, max_bytes, deadline, timeout)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            return Response(
                url=response.geturl(),
                status=response.status,
                media_type=content_type,
                charset=charset,
                data=data,
            )
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the connection
        location = exc.headers.get("Location") if exc.headers else None
        if 300 <= exc.code < 400 and location:  # urllib refuses to follow it (file:, data:...)
            raise FetchError(checked, f"redirected to {location!r}, not a web address") from None
        raise FetchError(checked, f"HTTP {exc.code} {exc.reason}", status=exc.code) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise FetchError(checked, f"timed out after {timeout:g} s") from None
        raise FetchError(
            checked, f"cannot connect: {getattr(reason, 'strerror', None) or reason}"
        ) from None
    except TimeoutError:
        raise FetchError(checked, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, zlib.error) as exc:
        raise FetchError(checked, f"cannot fetch: {exc}") from None
