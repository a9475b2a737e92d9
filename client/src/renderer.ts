/**
 * Renderer settings shared by the explorer and the layout benchmark, so the benchmark measures
 * what users get. Large graphs trade detail while moving for frames per second.
 */
export const RENDERER_DEFAULTS = Object.freeze({
  // while panning/zooming draw a cached bitmap of the view instead of every element
  textureOnViewport: true,
  // while panning/zooming skip edges (only matters when the texture cannot be used)
  hideEdgesOnViewport: true,
  // render at most at device pixel ratio 1: crisp enough for a network, far fewer pixels
  pixelRatio: 1,
});
