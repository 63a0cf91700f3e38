// Paces the scope tree's refreshes and keeps them apart from reveals. VS Code's main thread reveals an item by its
// handle, with the item object its data provider fetched last; while a refresh is in flight the tree may not hold
// that object yet, and AsyncDataTree throws "Data tree node not found" (MainThreadTreeViews.reveal → TreeView.reveal).
// The extension host's TreeView.reveal waits only for the refreshes fired before it starts, and a refresh fired
// while the view is hidden is deferred by the main thread and run on its own when the view shows. So refreshes are
// coalesced, not fired while the view is hidden (one when it shows), held while a reveal runs, and a pending one is
// fired before a reveal starts (VS Code's reveal then waits for it). Reveals run one at a time.
import type * as vscode from 'vscode';

/** The part of a TreeView the gate watches. */
export interface GatedView {
  readonly visible: boolean;
  readonly onDidChangeVisibility: vscode.Event<vscode.TreeViewVisibilityChangeEvent>;
}

export class RefreshGate {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFire = Number.NEGATIVE_INFINITY;
  private dirtyWhileHidden = false;
  private held = false;
  private revealing = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly sub: vscode.Disposable;
  /** Refreshes fired so far (tests, benchmark). */
  fired = 0;

  /** `fire`: the tree's onDidChangeTreeData; `minGapMs`: the least time between two refreshes. */
  constructor(private readonly view: GatedView, private readonly fire: () => void, private readonly minGapMs = 250) {
    this.sub = view.onDidChangeVisibility((e) => {
      if (!e.visible || !this.dirtyWhileHidden) return;
      this.dirtyWhileHidden = false;
      this.request(true);
    });
  }

  /** The data changed: refresh the tree now if the last refresh is minGapMs old (or `now`), else when it is. */
  request(now = false): void {
    if (this.revealing > 0) {
      this.held = true;
      return;
    }
    if (!this.view.visible) {
      this.dirtyWhileHidden = true;
      return;
    }
    if (this.timer && !now) return;
    const wait = now ? 0 : Math.max(0, this.lastFire + this.minGapMs - performance.now());
    if (wait === 0) this.emit();
    else this.timer = setTimeout(() => this.emit(), wait);
  }

  private emit(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.view.visible) {
      // hidden since it was asked for: the main thread would defer it and run it alone when the view shows
      this.dirtyWhileHidden = true;
      return;
    }
    this.lastFire = performance.now();
    this.fired++;
    this.fire();
  }

  /** Runs `reveal` after the reveals before it, with a pending refresh fired first and none fired meanwhile. */
  reveal<T>(reveal: () => Thenable<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.revealing++;
      try {
        if (this.timer) this.emit();
        return await reveal();
      } finally {
        if (--this.revealing === 0 && this.held) {
          this.held = false;
          this.request();
        }
      }
    };
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.sub.dispose();
  }
}
