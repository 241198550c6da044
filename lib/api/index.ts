export { ApiError, badRequest, conflict, forbidden, notFound, unauthorized, unprocessable } from "./errors";
export { parseData, parseJson, parseParams, readBody } from "./parse";
export { created, json, noStore, route } from "./route";
