-- wrk: POST a webhook-sized JSON body, as the service does.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["webhook-id"] = "bench"
wrk.body = string.rep("x", 900)
