// Unit tests of the tree's refresh gate (src/extension/treeRefresh.ts) on a fake view: no refresh while the view is
// hidden (one when it shows), refreshes coalesced to one per gap, a pending refresh fired before a reveal starts,
// none during a reveal (one after it), and reveals run one at a time.
import * as assert from 'assert';
import { RefreshGate } from '../../src/extension/treeRefresh';

type Listener = (e: { visible: boolean }) => void;

class FakeView {
  visible = false;
  private listeners: Listener[] = [];
  onDidChangeVisibility = (l: Listener): { dispose(): void } => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  show(visible: boolean): void {
    this.visible = visible;
    for (const l of this.listeners) l({ visible });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function setup(gapMs = 40): { view: FakeView; gate: RefreshGate; log: string[] } {
  const view = new FakeView();
  const log: string[] = [];
  const gate = new RefreshGate(view, () => log.push('refresh'), gapMs);
  return { view, gate, log };
}

describe('tree refresh gate', () => {
  it('does not refresh a hidden view, and refreshes once when it shows', () => {
    const { view, gate, log } = setup();
    gate.request();
    gate.request();
    assert.deepStrictEqual(log, []);
    view.show(true);
    assert.deepStrictEqual(log, ['refresh']);
    view.show(false);
    view.show(true);
    assert.deepStrictEqual(log, ['refresh'], 'nothing changed while hidden the second time');
    gate.dispose();
  });

  it('refreshes at once, then coalesces the requests of the next gap into one', async () => {
    const { view, gate, log } = setup(40);
    view.show(true);
    gate.request();
    assert.strictEqual(log.length, 1);
    gate.request();
    gate.request();
    gate.request();
    assert.strictEqual(log.length, 1);
    await sleep(80);
    assert.strictEqual(log.length, 2);
    assert.strictEqual(gate.fired, 2);
    gate.dispose();
  });

  it('keeps a paced refresh that falls due while the view is hidden for when it shows', async () => {
    const { view, gate, log } = setup(30);
    view.show(true);
    gate.request();
    gate.request();
    view.show(false);
    await sleep(60);
    assert.deepStrictEqual(log, ['refresh']);
    view.show(true);
    assert.deepStrictEqual(log, ['refresh', 'refresh']);
    gate.dispose();
  });

  it('fires a pending refresh before a reveal, holds the ones asked for during it, and fires one after', async () => {
    const { view, gate, log } = setup(1000);
    view.show(true);
    gate.request();
    gate.request(); // pending: the gap is 1 s
    assert.deepStrictEqual(log, ['refresh']);
    let finish!: () => void;
    const revealed = gate.reveal(() => {
      log.push('reveal start');
      return new Promise<void>((r) => (finish = () => (log.push('reveal end'), r())));
    });
    await sleep(5);
    assert.deepStrictEqual(log, ['refresh', 'refresh', 'reveal start']);
    gate.request();
    gate.request();
    await sleep(5);
    assert.deepStrictEqual(log, ['refresh', 'refresh', 'reveal start'], 'no refresh while the reveal runs');
    finish();
    await revealed;
    await sleep(1100);
    assert.deepStrictEqual(log, ['refresh', 'refresh', 'reveal start', 'reveal end', 'refresh']);
    gate.dispose();
  });

  it('runs reveals one after the other, also after one fails', async () => {
    const { view, gate } = setup();
    view.show(true);
    const order: string[] = [];
    const a = gate.reveal(async () => {
      order.push('a+');
      await sleep(20);
      order.push('a-');
      throw new Error('Data tree node not found');
    });
    const b = gate.reveal(async () => {
      order.push('b+');
      await sleep(5);
      order.push('b-');
      return 'b';
    });
    await assert.rejects(a, /Data tree node not found/);
    assert.strictEqual(await b, 'b');
    assert.deepStrictEqual(order, ['a+', 'a-', 'b+', 'b-']);
    gate.dispose();
  });
});
