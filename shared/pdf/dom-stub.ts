/**
 * pdf.js in Node polyfills DOMMatrix/ImageData/Path2D from the native @napi-rs/canvas (~30 MB),
 * which only rendering needs and which has failed to load on Lambda arm64. Text extraction never
 * calls them, so minimal stubs installed before pdf.js loads let the deployment leave canvas out.
 */

class DOMMatrixStub {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: number[]) {
    if (Array.isArray(init) && init.length >= 6) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = init as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
    }
  }
}

class Path2DStub {}

class ImageDataStub {
  constructor(
    readonly width = 0,
    readonly height = 0,
  ) {}
}

/** Installs the stubs where the runtime has no real implementation; idempotent. */
export function installDomStubs(): void {
  const g = globalThis as Record<string, unknown>;
  g.DOMMatrix ??= DOMMatrixStub;
  g.Path2D ??= Path2DStub;
  g.ImageData ??= ImageDataStub;
}
