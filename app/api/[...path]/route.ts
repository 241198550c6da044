// Any /api/... address no route serves: a JSON 404 (not the HTML not-found page), whatever the method.
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/route";

export const dynamic = "force-dynamic";

const unknownRoute = route<{ path: string[] }>(async (request) => {
  throw notFound(`There is no API at ${new URL(request.url).pathname} (see docs/authoring-api.md).`);
});

export {
  unknownRoute as GET,
  unknownRoute as POST,
  unknownRoute as PUT,
  unknownRoute as PATCH,
  unknownRoute as DELETE,
};
