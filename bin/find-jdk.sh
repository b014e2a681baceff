# Sourced by .ci/run, bin/jobbmatch and bin/bench: picks a JDK >= 21 and exports JAVA_HOME.
# JAVA_HOME wins when it is set and new enough; otherwise the newest JDK under /usr/lib/jvm.

jdk_major() {
    # Prints the major version of the JDK at $1, or nothing when it is not a JDK.
    local release="$1/release" v
    [ -x "$1/bin/javac" ] || return 0
    if [ -f "$release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    fi
    if [ -z "$v" ]; then
        v=$("$1/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')
    fi
    echo "$v"
}

find_jdk() {
    local best="" best_v=0 d v
    if [ -n "${JAVA_HOME:-}" ]; then
        v=$(jdk_major "$JAVA_HOME")
        if [ -n "$v" ] && [ "$v" -ge 21 ]; then
            echo "$JAVA_HOME"
            return 0
        fi
    fi
    for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk*; do
        [ -d "$d" ] && [ ! -L "$d" ] || continue
        v=$(jdk_major "$d")
        if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then
            best="$d"
            best_v="$v"
        fi
    done
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        v=$(jdk_major "$d")
        if [ -n "$v" ] && [ "$v" -ge 21 ]; then
            best="$d"
        fi
    fi
    [ -n "$best" ] || return 1
    echo "$best"
}

if ! JAVA_HOME=$(find_jdk); then
    echo "error: no JDK 21 or newer found (looked at JAVA_HOME and under /usr/lib/jvm). Install one, or set JAVA_HOME." >&2
    exit 3
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
