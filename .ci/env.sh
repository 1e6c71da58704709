# Sourced by ./weft and ./test (never run): finds the tools the toolchain
# needs, installing Debian's packages when running as root, so that a fresh
# machine builds with nothing done by hand. Every message starts with the
# calling script's name ($WEFT_WHO, default "weft").

WEFT_MIN_JAVA=21
WEFT_APT_UPDATED=${WEFT_APT_UPDATED:-}

weft_say() { printf '%s: %s\n' "${WEFT_WHO:-weft}" "$*" >&2; }

# Prints the feature release of the JDK at $1 (21 for "21.0.5", 8 for "1.8.0"),
# from its release file when it has one (no JVM start, about 1 ms), else by
# asking its java. Prints nothing if $1 is not a JDK.
weft_jdk_major() {
    local home=$1 v=
    [ -x "$home/bin/java" ] || return 0
    if [ -r "$home/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [ -z "$v" ]; then
        v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.specification\.version = //p')
    fi
    v=${v#1.}          # 1.8.0 -> 8.0
    v=${v%%[.+-]*}     # 21.0.5 -> 21
    case $v in ''|*[!0-9]*) return 0 ;; esac
    printf '%s\n' "$v"
}

# Sets and exports JAVA_HOME (and puts its bin first on PATH) to a JDK of at
# least $WEFT_MIN_JAVA: JAVA_HOME if good enough, else the java on PATH, else
# the newest under /usr/lib/jvm. Sets WEFT_JAVA_MAJOR. Fails with a message.
weft_find_jdk() {
    local home major best= best_major=0 onpath= d
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(weft_jdk_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge "$WEFT_MIN_JAVA" ]; then
            best=$JAVA_HOME best_major=$major
        fi
    fi
    if [ -z "$best" ] && onpath=$(command -v java 2>/dev/null); then
        home=$(dirname "$(dirname "$(readlink -f "$onpath")")")
        major=$(weft_jdk_major "$home")
        if [ -n "$major" ] && [ "$major" -ge "$WEFT_MIN_JAVA" ]; then
            best=$home best_major=$major
        fi
    fi
    if [ -z "$best" ]; then
        for d in /usr/lib/jvm/*/; do
            d=${d%/}
            major=$(weft_jdk_major "$d")
            if [ -n "$major" ] && [ "$major" -ge "$WEFT_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
                best=$d best_major=$major
            fi
        done
    fi
    if [ -z "$best" ]; then
        weft_say "needs a JDK $WEFT_MIN_JAVA or newer and found none" \
            "(JAVA_HOME=${JAVA_HOME:-unset}; java on PATH: ${onpath:-none}; nothing suitable under /usr/lib/jvm)."
        weft_say "install one, e.g. 'apt-get install openjdk-21-jdk' or Eclipse Temurin 21+ (temurin-21-jdk)," \
            "or set JAVA_HOME to one."
        return 1
    fi
    export JAVA_HOME=$best
    export PATH="$JAVA_HOME/bin:$PATH"
    WEFT_JAVA_MAJOR=$best_major
}

# Maven 3.9 on JDK 24+ warns on every run about sun.misc.Unsafe (JEP 471)
# unless told this; older JDKs refuse the option, so add it only from 24 on.
weft_maven_opts() {
    if [ "${WEFT_JAVA_MAJOR:-0}" -ge 24 ]; then
        case " ${MAVEN_OPTS:-} " in
            *" --sun-misc-unsafe-memory-access="*) ;;
            *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
        esac
    fi
}

weft_is_root() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

# Installs Debian packages quietly; 'apt-get update' once per run first.
weft_apt_install() {
    if [ -z "$WEFT_APT_UPDATED" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 || true
        WEFT_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1
}

# Makes sure mvn is on PATH: Debian's maven when root, else a message.
weft_need_maven() {
    command -v mvn >/dev/null 2>&1 && return 0
    if weft_is_root; then
        weft_say "Maven is missing; installing Debian's maven"
        weft_apt_install maven && command -v mvn >/dev/null 2>&1 && return 0
        weft_say "could not install maven with apt-get"
        return 1
    fi
    weft_say "needs Apache Maven 3.8 or newer: install it (as root: 'apt-get install maven') and retry"
    return 1
}

# Binaryen's wasm-opt and WABT's wat2wasm: installed when missing and root;
# otherwise left to whatever needs them to report (tests skip with a reason).
weft_need_wasm_tools() {
    local missing=
    command -v wasm-opt >/dev/null 2>&1 || missing="$missing binaryen"
    command -v wat2wasm >/dev/null 2>&1 || missing="$missing wabt"
    [ -n "$missing" ] || return 0
    if weft_is_root; then
        # shellcheck disable=SC2086 # word splitting wanted
        weft_apt_install $missing || weft_say "could not install$missing with apt-get"
    fi
    return 0
}
