#!/bin/sh
# Regenerates the tiny player fixtures (committed; about 200 KB in total). Needs ffmpeg with
# libvpx-vp9, libopus and libvorbis, and the DejaVu font for the burned-in frame counter.
# 20 fps so one frame is exactly 50 ms; a keyframe every 5 frames so seeks stay cheap.
set -eu
cd "$(dirname "$0")"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf
W=320 H=240 FPS=20

# video LABEL SECONDS OUT [extra audio input]: testsrc with the label and frame number burned in.
clip() {
    label=$1 secs=$2 out=$3
    shift 3
    ffmpeg -hide_banner -loglevel error -y \
        -f lavfi -i "testsrc=size=${W}x${H}:rate=${FPS}:duration=${secs}" \
        "$@" \
        -vf "drawtext=fontfile=${FONT}:text='${label} %{frame_num}':x=10:y=10:fontsize=32:fontcolor=white:box=1:boxcolor=black@0.6" \
        -c:v libvpx-vp9 -b:v 120k -g 5 -keyint_min 5 -deadline realtime -cpu-used 8 -pix_fmt yuv420p \
        -metadata title= "$out"
}

clip C1 1 context1.webm -f lavfi -i "sine=frequency=330:duration=1" -c:a libopus -b:a 24k -shortest
clip C2 1 context2.webm -f lavfi -i "sine=frequency=440:duration=1" -c:a libopus -b:a 24k -shortest
clip R 2 reply.webm -f lavfi -i "sine=frequency=550:duration=2" -c:a libopus -b:a 24k -shortest
# The video half of a reply whose sound comes from a separate file (no audio stream of its own).
clip V 2 reply-video-only.webm -an
# The separate audio track (also used as the audio-only reply): 2 s of tone, Vorbis in Ogg.
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "sine=frequency=660:duration=2" \
    -c:a libvorbis -q:a 0 reply-audio.ogg

# Broken files: a webm cut after its first 3000 bytes, and plain text named like a video.
head -c 3000 reply.webm > truncated.webm
printf 'This is not a video file.\n%.0s' $(seq 1 40) > garbage.webm

# A muxed H.264/AAC clip (the format that lost its sound on replays, issue 12): 1.5 s of black
# with a 100 ms 1 kHz "start tone" at 0, so a test can check that a play's start reaches the sink.
ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "color=black:s=${W}x${H}:r=${FPS}:d=1.5" \
    -f lavfi -i "aevalsrc='0.5*sin(2*PI*1000*t)*between(t,0,0.1)':s=48000:d=1.5" \
    -c:v libx264 -profile:v baseline -pix_fmt yuv420p -g 5 -c:a aac -b:a 48k \
    -movflags +faststart -metadata title= start-tone.mp4
