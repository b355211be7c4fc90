# Where soffice.bin spent its time inside calculateAll, from a perf profile
# with call graphs: perf script -F tid,ip,sym,dso -i FILE | awk -f THIS.
# LibreOffice's libraries carry few symbols, so samples are sorted by library
# and call chain rather than by function (-v brief=1: the shares on one line):
#   Walletshare code: a walletshare:: function of libwalletshare.so is on
#     the stack (the add-in's methods, argument conversion, the core), with
#     what it calls (malloc, any extraction);
#   Analysis add-in code: the same for LibreOffice's Analysis add-in
#     (libanalysislo.so), for the profile of QUOTIENT;
#   UNO call machinery: the innermost frame outside the C library is in
#     core reflection, the C++ bridge, cppu/sal (any, sequence, type
#     handling), or is the WeakImplHelper code that our library instantiates
#     (queryInterface, acquire, release), or the sample is under reflection's
#     invoke without our code;
#   Calc: the innermost such frame is in libsclo.so (interpreter, packing of
#     arguments, cells); LibreOffice core: libmergedlo.so (formula tokens,
#     number formatter).

function reset() { frames = 0 }

function frame(line,    dso, sym, start) {
    sub(/^[ \t]+/, "", line)
    start = index(line, " ")
    dso = ""
    if (match(line, /\([^()]*\)$/)) {
        dso = substr(line, RSTART + 1, RLENGTH - 2)
        line = substr(line, 1, RSTART - 1)
    }
    sym = substr(line, start + 1)
    sub(/[ \t]+$/, "", sym)
    sub(/\+0x[0-9a-f]+$/, "", sym)
    n = split(dso, parts, "/")
    frames++
    frameDso[frames] = parts[n]
    frameSym[frames] = sym
}

function isLibc(dso) {
    return dso ~ /^(libc\.so|libstdc\+\+|libm\.so|ld-linux|libgcc_s|inlined|\[kernel|\[unknown)/
}

function isUno(dso) {
    return dso ~ /^(libuno_cppu|libuno_sal|libgcc3_uno|libreflectionlo|libuno_cppuhelper|libuno_salhelper|libwalletshare)/
}

function classify(    i, top, ours, invoke, owner, entry, inner, category) {
    if (frames == 0) return
    total++
    top = 0
    for (i = 1; i <= frames; i++) {
        if (frameSym[i] == "ScModelObj::calculateAll") { top = i; break }
    }
    if (top == 0) { outside++; return }
    inside++
    ours = 0; theirs = 0; invoke = 0; helper = 0; owner = ""; inner = ""
    for (i = 1; i < top; i++) {
        if (frameDso[i] ~ /^libwalletshare/ && frameSym[i] ~ /^walletshare::/) {
            if (!ours) inner = frameSym[i]
            ours = 1
            entry = frameSym[i]
        }
        if (frameDso[i] ~ /^libwalletshare/ && frameSym[i] ~ /cppu::WeakImplHelper/) helper = 1
        if (frameDso[i] ~ /^libanalysislo/) theirs = 1
        if (frameDso[i] ~ /^libreflectionlo/) invoke = 1
        if (owner == "" && !isLibc(frameDso[i])) owner = frameDso[i]
    }
    if (ours) {
        category = "Walletshare code (walletshare:: in libwalletshare.so, with what it calls)"
        sub(/\(.*$/, "", inner)
        sub(/\(.*$/, "", entry)
        innermost[inner]++
        entries[entry]++
        oursCount++
    } else if (theirs) {
        category = "Analysis add-in code (libanalysislo.so, with what it calls)"
    } else if (isUno(owner)) {
        category = invoke ? "UNO call machinery inside reflection's invoke (bridge, queryInterface, any copies)" \
                          : "UNO runtime called by Calc outside the invoke (anys and sequences of arguments and results)"
    } else if (invoke) {
        category = "UNO call machinery inside reflection's invoke (bridge, queryInterface, any copies)"
    } else if (owner ~ /^libsclo/) {
        category = "Calc, libsclo.so (interpreter, add-in call set-up, cells)"
    } else if (owner ~ /^libmergedlo/) {
        category = "LibreOffice core, libmergedlo.so (formula tokens, number formatter)"
    } else {
        category = "other (" (owner == "" ? "C library only" : owner) ")"
    }
    counts[category]++
    if (invoke) invokeCount++
    if (helper) helperCount++
}

function percent(count) { return sprintf("%5.1f%%", 100 * count / inside) }

# With -v brief=1: one line per profile, for comparing the functions' calls.
function briefLine(    c, uno, calc, analysis, other) {
    for (c in counts) {
        if (c ~ /^UNO/) uno += counts[c]
        else if (c ~ /^(Calc|LibreOffice core)/) calc += counts[c]
        else if (c ~ /^Analysis/) analysis += counts[c]
        else if (c !~ /^Walletshare/) other += counts[c]
    }
    printf "%6d samples  add-in's own code %s  UNO call path %s  Calc and core %s  other %s\n", \
        inside, percent(oursCount + analysis), percent(uno), percent(calc), percent(other)
}

BEGIN { reset() }
/^[^ \t]/ || /^ +[0-9]+ *$/ { classify(); reset(); next }
/^[ \t]*$/ { classify(); reset(); next }
/^\t/ { frame($0); next }
END {
    classify()
    if (inside == 0) { print "  no sample inside calculateAll"; exit 1 }
    if (brief) { briefLine(); exit 0 }
    printf "  %d samples, %d inside calculateAll\n", total, inside
    for (c in counts) printf "  %s  %s\n", percent(counts[c]), c | "sort -rn"
    close("sort -rn")
    printf "  %s  all of it under reflection's invoke (the call of the add-in method itself)\n", percent(invokeCount)
    printf "  %s  the UNO helper code our library instantiates (WeakImplHelper4 queryInterface, acquire, release), which the bridge calls per call; part of the UNO call machinery above\n", percent(helperCount)
    if (oursCount > 0) {
        print "  Walletshare code by innermost walletshare:: function:"
        for (f in innermost) printf "    %s  %s\n", percent(innermost[f]), f | "sort -rn | head -12"
        close("sort -rn | head -12")
        print "  Walletshare code by outermost walletshare:: function (the add-in method, unless inlined):"
        for (f in entries) printf "    %s  %s\n", percent(entries[f]), f | "sort -rn"
        close("sort -rn")
    }
}
