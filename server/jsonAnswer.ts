import type { Response } from 'express';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * res.json for the API's answers, installed on the app's response prototype: the body is
 * stringified once and handed to Node as a string, which writes it after the headers in one go
 * and counts its length itself. Express's res.json re-parses the Content-Type it has just set
 * and, for bodies of 1,000 characters or more (every graph answer), copies the text into a
 * Buffer first. No ETag (the app turns them off) and no JSON formatting settings are involved;
 * Node itself drops the body of a HEAD answer.
 */
export function jsonAnswer(this: Response, body: unknown): Response {
  // JSON.stringify(undefined) is undefined: an empty answer, as with Express.
  const text = JSON.stringify(body) as string | undefined;
  if (!this.hasHeader('Content-Type')) this.setHeader('Content-Type', JSON_TYPE);
  this.end(text ?? '');
  return this;
}
