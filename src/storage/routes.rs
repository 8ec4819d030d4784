//! Which session routes there are for a questionnaire: the ones that come
//! with the program, then the route files in the data folder's
//! `questionnaires/routes/` (each checked against the questionnaire; a
//! broken one is listed with its problems, never used).

use std::path::Path;

use crate::format::route::builtin_routes;
use crate::format::route::{RouteError, load_route, named_head, parse_route};
use crate::model::questionnaire::{BUILTIN_ID, Questionnaire};
use crate::model::route::{ROUTE_DIR, Route};
use crate::storage::location::QUESTIONNAIRE_DIR;

/// The routes for one questionnaire, and the route files that could not be
/// used.
#[derive(Debug, Default)]
pub struct Routes {
    /// The usable routes: built-in first, then the data folder's, by file
    /// name; a later route with an id already taken is left out.
    pub routes: Vec<Route>,
    /// The route files for this questionnaire (or for none that could be
    /// told) that have problems.
    pub problems: Vec<RouteError>,
}

impl Routes {
    /// Returns the route with this id, if there is one.
    pub fn find(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }
}

/// Finds the routes for `q`: the built-in ones when `q` is the built-in
/// questionnaire, and every `*.ron` in `<data>/questionnaires/routes/`
/// whose `questionnaire` is `q`'s id. Nothing is written.
pub fn routes_for(q: &Questionnaire, data_dir: Option<&Path>) -> Routes {
    let mut out = Routes::default();
    if q.id == BUILTIN_ID {
        out.routes = builtin_routes(q);
    }
    let Some(dir) = data_dir.map(|d| d.join(QUESTIONNAIRE_DIR).join(ROUTE_DIR)) else {
        return out;
    };
    let Ok(read) = std::fs::read_dir(&dir) else {
        return out;
    };
    let mut files: Vec<_> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    files.sort();
    for path in files {
        // read once; a file that is not text is left to load_route to explain
        let found = match std::fs::read_to_string(&path) {
            Ok(text) => {
                // a route of another questionnaire is not this one's problem
                // nor a route made for another version of it
                if named_head(&text)
                    .is_some_and(|(id, v)| id != q.id || (!v.is_empty() && v != q.version))
                {
                    continue;
                }
                parse_route(&text, &path.display().to_string(), q)
            }
            Err(_) => load_route(&path, q),
        };
        match found {
            Ok(route) => {
                if out.find(&route.id).is_none() {
                    out.routes.push(route);
                }
            }
            Err(e) => out.problems.push(e),
        }
    }
    out
}
