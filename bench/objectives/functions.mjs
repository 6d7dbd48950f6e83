// Standard optimisation test functions used to measure samplers (bench/sweep-quality.mjs). Each has
// a search space in mlops.yml form and a known global minimum.

/** Branin-Hoo on [-5, 10] x [0, 15]; minimum 0.397887 at three points. */
export const branin = {
  name: 'branin',
  minimum: 0.397887,
  space: {
    x1: { type: 'uniform', low: -5, high: 10 },
    x2: { type: 'uniform', low: 0, high: 15 },
  },
  evaluate({ x1, x2 }) {
    const b = 5.1 / (4 * Math.PI ** 2);
    const c = 5 / Math.PI;
    const t = 1 / (8 * Math.PI);
    return (x2 - b * x1 ** 2 + c * x1 - 6) ** 2 + 10 * (1 - t) * Math.cos(x1) + 10;
  },
};

const A = [
  [10, 3, 17, 3.5, 1.7, 8],
  [0.05, 10, 17, 0.1, 8, 14],
  [3, 3.5, 1.7, 10, 17, 8],
  [17, 8, 0.05, 10, 0.1, 14],
];
const P = [
  [1312, 1696, 5569, 124, 8283, 5886],
  [2329, 4135, 8307, 3736, 1004, 9991],
  [2348, 1451, 3522, 2883, 3047, 6650],
  [4047, 8828, 8732, 5743, 1091, 381],
].map((row) => row.map((v) => v * 1e-4));
const ALPHA = [1, 1.2, 3, 3.2];

/** Hartmann-6 on [0, 1]^6; minimum -3.32237. */
export const hartmann6 = {
  name: 'hartmann6',
  minimum: -3.32237,
  space: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`x${i + 1}`, { type: 'uniform', low: 0, high: 1 }])),
  evaluate(params) {
    const x = Array.from({ length: 6 }, (_, i) => params[`x${i + 1}`]);
    let sum = 0;
    for (let i = 0; i < 4; i++) {
      let inner = 0;
      for (let j = 0; j < 6; j++) inner += A[i][j] * (x[j] - P[i][j]) ** 2;
      sum += ALPHA[i] * Math.exp(-inner);
    }
    return -sum;
  },
};

/**
 * A training run's validation loss over a mixed space (log, int, log-int, categorical), the shape of a
 * real sweep: the best learning rate depends on the optimizer and grows with the batch size, the best
 * dropout grows with depth, and far from the optimum the loss saturates (a diverged or useless run
 * scores about the same whatever else it got). Deterministic, so seeds differ only by the sampler.
 * Minimum 0: adam, lr 7.1e-4 at batch 64, 5 layers, dropout 0.25, weight decay 1e-4.
 */
export const training = {
  name: 'training',
  minimum: 0,
  space: {
    lr: { type: 'loguniform', low: 1e-5, high: 1 },
    batch_size: { type: 'int', low: 16, high: 512, log: true },
    layers: { type: 'int', low: 1, high: 8 },
    optimizer: { type: 'categorical', choices: ['sgd', 'adam', 'rmsprop'] },
    dropout: { type: 'uniform', low: 0, high: 0.5 },
    weight_decay: { type: 'loguniform', low: 1e-6, high: 1e-2 },
  },
  evaluate({ lr, batch_size, layers, optimizer, dropout, weight_decay }) {
    const bestLr = { sgd: 5e-2, adam: 1e-3, rmsprop: 3e-4 }[optimizer] * Math.sqrt(batch_size / 128);
    const offset = { sgd: 0.08, adam: 0, rmsprop: 0.03 }[optimizer];
    const q =
      0.5 * Math.log10(lr / bestLr) ** 2 +
      4 * (dropout - 0.05 * layers) ** 2 +
      0.05 * Math.log10(weight_decay / 1e-4) ** 2 +
      0.1 * ((layers - 5) / 3) ** 2 +
      0.05 * (Math.log2(batch_size / 64) / 3) ** 2;
    return offset + 1 - Math.exp(-q);
  },
};

export const objectives = { branin, hartmann6, training };
