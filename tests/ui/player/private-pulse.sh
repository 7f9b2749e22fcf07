#!/usr/bin/env bash
# A private PulseAudio server with a null sink "nul", for the player tests and benchmarks:
#   private-pulse.sh start DIR   starts it with DIR as its runtime folder (socket DIR/pulse/native)
#   private-pulse.sh stop DIR    stops it
# Desktops run PulseAudio or PipeWire's PulseAudio server; this is the same protocol, so what
# reaches "nul" (recorded from nul.monitor) is what would reach the speakers.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?runtime folder}
export XDG_RUNTIME_DIR=$dir HOME=$dir PULSE_SERVER=unix:$dir/pulse/native
case $action in
start)
    command -v pulseaudio >/dev/null || {
        echo "private-pulse: pulseaudio is not installed (scripts/setup-deps installs it)" >&2
        exit 1
    }
    "$0" stop "$dir" 2>/dev/null || true
    mkdir -p "$dir"
    chmod 700 "$dir"
    # --system=no and a private HOME: nothing is shared with a desktop session or other builds.
    # As root pulseaudio warns that it is meant for a user session, and runs.
    pulseaudio --daemonize=yes --exit-idle-time=-1 -n --use-pid-file=yes --system=no \
        --log-target=file:"$dir/pulse.log" \
        --load="module-native-protocol-unix auth-anonymous=1 socket=$dir/pulse/native" \
        --load="module-null-sink sink_name=nul rate=48000" \
        --load=module-always-sink 2>"$dir/start.err" || {
        echo "private-pulse: pulseaudio did not start:" >&2
        cat "$dir/start.err" "$dir/pulse.log" >&2 || true
        exit 1
    }
    for _ in $(seq 50); do
        pactl info >/dev/null 2>&1 && break
        sleep 0.1
    done
    pactl set-default-sink nul
    pactl info | grep -q "Default Sink: nul" || {
        echo "private-pulse: the server runs but has no null sink" >&2
        exit 1
    }
    echo "private-pulse: running in $dir"
    ;;
stop)
    pulseaudio -k 2>/dev/null || true
    ;;
esac
