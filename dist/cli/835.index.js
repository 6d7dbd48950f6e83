export const id = 835;
export const ids = [835];
export const modules = {

/***/ 64835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ SeededRandom),
/* harmony export */   BE: () => (/* binding */ asSeeded),
/* harmony export */   sk: () => (/* binding */ createRandom)
/* harmony export */ });
/** A seeded PRNG (sfc32, 128-bit state) with helpers and label-derived independent streams. */
class SeededRandom {
    /** The textual seed this stream was made from; `fork` derives children from it, not from the state. */
    key;
    a;
    b;
    c;
    d;
    constructor(seed) {
        this.key = String(seed);
        [this.a, this.b, this.c, this.d] = hash128(this.key);
        // sfc32 mixes poorly in its first outputs when seeded with close states; discard a few.
        for (let i = 0; i < 15; i++)
            this.nextUint32();
    }
    /**
     * An independent stream named by `label` (e.g. the trial number). It depends only on this stream's
     * seed and the label, never on how many numbers were drawn, so shards and resumes agree.
     */
    fork(label) {
        return new SeededRandom(`${this.key}/${label}`);
    }
    /** Uniform 32-bit unsigned integer. */
    nextUint32() {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) | 0;
        return t >>> 0;
    }
    /** Uniform in [0, 1) with 53 bits of precision. */
    next() {
        const high = this.nextUint32() >>> 5; // 27 bits
        const low = this.nextUint32() >>> 6; // 26 bits
        return (high * 67108864 + low) / 9007199254740992;
    }
    /** Uniform in [low, high). */
    uniform(low, high) {
        return low + (high - low) * this.next();
    }
    /** Uniform integer in [0, n). */
    int(n) {
        return Math.min(n - 1, Math.floor(this.next() * n));
    }
    /** Standard normal (Box-Muller; one value per call keeps the stream easy to reason about). */
    normal(mean = 0, sd = 1) {
        let u = this.next();
        while (u === 0)
            u = this.next();
        const v = this.next();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
    /** One element of `items` (non-empty). */
    pick(items) {
        return items[this.int(items.length)];
    }
    /** An index drawn with probability proportional to `weights` (non-negative, not all zero). */
    weighted(weights) {
        let total = 0;
        for (const w of weights)
            total += w;
        let u = this.next() * total;
        for (let i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0)
                return i;
        }
        return weights.length - 1;
    }
    /** A shuffled copy of `items` (Fisher-Yates). */
    shuffle(items) {
        const copy = items.slice();
        for (let i = copy.length - 1; i > 0; i--) {
            const j = this.int(i + 1);
            [copy[i], copy[j]] = [copy[j], copy[i]];
        }
        return copy;
    }
}
/** A seeded stream; `createRandom(seed).fork(trialNumber)` is the usual way to get a trial's stream. */
function createRandom(seed) {
    return new SeededRandom(seed);
}
/** Uses `random`'s helpers when it is a SeededRandom, else wraps any `Random` (a test double). */
function asSeeded(random) {
    if (random instanceof SeededRandom)
        return random;
    return new WrappedRandom(random);
}
class WrappedRandom extends SeededRandom {
    inner;
    constructor(inner) {
        super('wrapped');
        this.inner = inner;
    }
    next() {
        return this.inner.next();
    }
}
/** cyrb128: a fast string hash to four 32-bit words, used only to seed sfc32. */
function hash128(text) {
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < text.length; i++) {
        const k = text.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 | 0, h2 | 0, h3 | 0, h4 | 0];
}


/***/ })

};
