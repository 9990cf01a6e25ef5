#!/bin/sh
# Browser tests need Debian's Chromium at /usr/bin/chromium (never a downloaded browser).
# Install it with apt-get when it is missing and we are root; otherwise the browser tests
# skip with a visible reason (and fail under CI=true).
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing Debian's chromium with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null || {
        echo "ensure-chromium: apt-get failed; browser tests will skip (fail under CI=true)" >&2
        exit 0
    }
else
    echo "ensure-chromium: /usr/bin/chromium missing and not root; browser tests will skip" >&2
fi
