import "server-only"; console.log("ok");
