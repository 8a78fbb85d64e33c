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
  // pdf.js's worker calls these two while it traces a Type3 glyph's bitmap (compileType3Glyph);
  // without them that glyph would fail to load and lose the box it declares.
  scaleSelf(sx = 1, sy = sx): this {
    this.a *= sx;
    this.b *= sx;
    this.c *= sy;
    this.d *= sy;
    return this;
  }
  translateSelf(tx = 0, ty = 0): this {
    this.e += this.a * tx + this.c * ty;
    this.f += this.b * tx + this.d * ty;
    return this;
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
