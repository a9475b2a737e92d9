/**
 * Renderer settings shared by the explorer and the layout benchmark, so the benchmark measures
 * what users get. Large graphs trade detail while moving for frames per second.
 */
export const RENDERER_DEFAULTS = Object.freeze({
  // while panning/zooming draw a cached bitmap of the view instead of every element
  // (canvas renderer only; the WebGL renderer below draws every frame from GPU textures)
  textureOnViewport: true,
  // while panning/zooming skip edges (only matters when the texture cannot be used)
  hideEdgesOnViewport: true,
  // render at most at device pixel ratio 1: crisp enough for a network, far fewer pixels
  pixelRatio: 1,
});

/**
 * Cytoscape (>= 3.31) WebGL renderer: nodes and labels are drawn once into texture atlases and
 * every frame is a few instanced draw calls, so panning 5,000 nodes stays smooth. Also works on
 * software GL (SwiftShader, headless Chromium with --disable-gpu). Options are read from the
 * `renderer` init option (cytoscape merges it over the top-level options).
 */
export const WEBGL_DEFAULTS = Object.freeze({
  // the canvas renderer, with its WebGL drawing layer switched on
  name: 'canvas',
  // draw with WebGL2 (falls back to canvas drawing above zoom ~8 by itself)
  webgl: true,
  // atlas texture size (px); clamped by cytoscape to the GPU's MAX_TEXTURE_SIZE
  webglTexSize: 4096,
  // rows of label/edge textures per atlas
  webglTexRows: 36,
  // rows of node textures per atlas
  webglTexRowsNodes: 18,
  // instances per draw call (cytoscape caps it at 16384): fewer calls for big graphs
  webglBatchSize: 8192,
  // atlases bound per draw call; clamped to MAX_TEXTURE_IMAGE_UNITS
  webglTexPerBatch: 16,
});

let webglSupport: boolean | undefined;
/**
 * True when the browser has hardware WebGL2 (checked once). Software GL (SwiftShader, llvmpipe:
 * headless Chromium, machines without a GPU) is excluded: there the label atlases take seconds
 * to build and panning 2,000 nodes ran at 1-4 fps, against 30+ for the canvas texture path.
 */
export function webglAvailable(): boolean {
  if (webglSupport === undefined) {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2');
      if (!gl) webglSupport = false;
      else {
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        const name = String(
          gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '',
        );
        webglSupport = !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
        gl.getExtension('WEBGL_lose_context')?.loseContext();
      }
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport;
}

/** Init options for cytoscape(): WebGL drawing where available, the canvas settings always. */
export function rendererOptions(): typeof RENDERER_DEFAULTS & {
  renderer?: typeof WEBGL_DEFAULTS;
} {
  return webglAvailable()
    ? { ...RENDERER_DEFAULTS, renderer: { ...WEBGL_DEFAULTS } }
    : { ...RENDERER_DEFAULTS };
}
