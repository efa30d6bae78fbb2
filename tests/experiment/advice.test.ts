import { describe, expect, it } from 'vitest';
import { adviceLine, adviseArchitecture } from '../../src/experiment/advice.js';

const deepRelu = { inputs: 2, hidden: new Array(20).fill(64), outputs: 1, activation: 'relu', bias: 0, biasInit: 'constant' } as const;

describe('adviseArchitecture', () => {
  it('deep relu: he and kaiming are critical (chi_1 = 1), xavier and lecun ordered at chi_1 = 1/2; he is recommended', () => {
    const advice = adviseArchitecture(deepRelu);
    const row = (rule: string) => advice.rows.find((entry) => entry.rule === rule)!;
    expect(advice.rows.map((entry) => entry.rule)).toEqual(['xavier', 'he', 'lecun', 'kaiming', 'pytorch-default', 'critical']);
    expect(row('he')).toMatchObject({ init: 'he-normal', phase: 'critical', trains: true });
    expect(row('he').chi1).toBeCloseTo(1, 10);
    expect(row('xavier').chi1).toBeCloseTo(0.5, 10);
    // pytorch default: std 1/sqrt(3 fan_in), sigma_w^2 = 1/3, chi_1 = 1/6.
    expect(row('pytorch-default').chi1).toBeCloseTo(1 / 6, 10);
    // relu with sigma_w^2 = 1 halves q each layer: the std of layer 20 is (1/2)^(19/2) of layer 1's.
    expect(row('xavier').lastOverFirst).toBeCloseTo(0.5 ** 9.5, 8);
    expect(row('he').lastOverFirst).toBeCloseTo(1, 8);
    // Trainable depth 6 / ln 2 = 8.7 layers < 20.
    expect(row('xavier')).toMatchObject({ phase: 'ordered', trains: false });
    expect(row('xavier').trainableDepth).toBeCloseTo(6 / Math.log(2), 6);
    expect(row('critical').initScale).toBeCloseTo(1, 6);
    expect(row('he').stds).toEqual([
      { shape: '2x64', std: expect.closeTo(1, 10) },
      { shape: '64x64', std: expect.closeTo(Math.sqrt(2 / 64), 10) },
      { shape: '64x1', std: expect.closeTo(Math.sqrt(2 / 64), 10) },
    ]);
    expect(advice.recommended).toBe('he');
    expect(advice.reasoning).toMatch(/^he \(--init he-normal\) puts this 20-layer relu network at the edge of chaos \(chi_1 = 1\)/);
    expect(advice.reasoning).toMatch(/By contrast pytorch-default is ordered \(chi_1 = 0\.167\)/);
  });

  it('deep tanh: xavier on square layers is critical (sigma_w^2 = 1); kaiming gain 5/3 is chaotic', () => {
    const advice = adviseArchitecture({ ...deepRelu, activation: 'tanh', hidden: new Array(50).fill(256), inputs: 64 });
    const row = (rule: string) => advice.rows.find((entry) => entry.rule === rule)!;
    expect(row('xavier').phase).toBe('critical');
    expect(row('kaiming').phase).toBe('chaotic');
    expect(row('pytorch-default')).toMatchObject({ phase: 'ordered', trains: false });
    expect(['xavier', 'lecun', 'critical']).toContain(advice.recommended);
  });

  it('the critical rule follows the bias: with sigma_b^2 > 0 tanh needs sigma_w^2 > 1', () => {
    const advice = adviseArchitecture({ ...deepRelu, activation: 'tanh', bias: 0.3, biasInit: 'normal' });
    const critical = advice.rows.find((entry) => entry.rule === 'critical')!;
    expect(critical.sigmaW2).toBeGreaterThan(1);
    expect(critical.phase).toBe('critical');
  });

  it('refuses a network with no hidden layer', () => {
    expect(() => adviseArchitecture({ ...deepRelu, hidden: [] })).toThrow(/at least one hidden layer/);
  });
});

describe('adviceLine', () => {
  it('says what the chosen init does and theory’s pick', () => {
    const advice = adviseArchitecture(deepRelu);
    expect(adviceLine(advice, deepRelu, 'xavier-normal')).toBe('xavier-normal: ordered (chi_1 0.5): trainable to about 9 layers < 20; signal x1.4e-3 first to last hidden layer · theory\'s pick here: he-normal');
    expect(adviceLine(advice, deepRelu, 'xavier-uniform')).toMatch(/^xavier-uniform: ordered \(chi_1 0\.5\)/);
    expect(adviceLine(advice, deepRelu, 'normal', Math.sqrt(2 / 64))).toMatch(/^normal: critical: trainable at any depth/);
    expect(adviceLine(advice, deepRelu, 'orthogonal')).toBe("orthogonal: an orthogonal matrix: its weights are not independent · theory's pick here: he-normal");
  });
});
