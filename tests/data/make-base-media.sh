#!/usr/bin/env bash
# Regenerates the tiny media of tests/data/base-study (committed; run by hand when they change).
set -euo pipefail
cd "$(dirname "$0")/base-study/media"
ffmpeg -loglevel error -y -f lavfi -i "testsrc=size=160x120:rate=20" -f lavfi -i "sine=frequency=330" \
    -t 1 -c:v libvpx-vp9 -b:v 60k -g 5 -c:a libopus -b:a 24k user.webm
ffmpeg -loglevel error -y -f lavfi -i "sine=frequency=550" -t 1 -c:a libopus -b:a 24k reply.ogg
ffmpeg -loglevel error -y -f lavfi -i "testsrc2=size=160x120:rate=20" -t 1 -c:v libvpx-vp9 -b:v 60k -g 5 -an reply-video.webm
# Not media at all, for the "undecodable" cases.
printf 'this is not a media file\n' > garbage.webm
