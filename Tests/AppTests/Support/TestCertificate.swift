/// A throwaway self-signed certificate for "localhost" and 127.0.0.1 (P-256, valid until
/// 2126), made with `openssl req -x509` for the fake mail server's STARTTLS. It protects
/// nothing and is public on purpose.
enum TestCertificate {
    static let certificate = """
        -----BEGIN CERTIFICATE-----
        MIIBmzCCAUGgAwIBAgIUOPaObPQozFbcDU9+eVTHs8EXzdgwCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwNDEzMTMxN1oYDzIxMjYxMTEw
        MTMxMzE3WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
        PQMBBwNCAATFJB+XdSbobmpCqMB9zOdrNRJgQYUkwzA10DLPVBu3wuHkzoLWNXpr
        sA6sJpqb5OvjqraD2OKDtvTfeHxepI1yo28wbTAdBgNVHQ4EFgQU1w3kHWVmnLCs
        pldXtWOQr2RiVp4wHwYDVR0jBBgwFoAU1w3kHWVmnLCspldXtWOQr2RiVp4wDwYD
        VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
        zj0EAwIDSAAwRQIhAN5jviQSh7hpDKwvR+opOIqw0y/TWXsaGA8Zjk52Pz/RAiA/
        nMB0uXVzaFsSz0FsY+IgYmA21xhQDZVL/v2jh2+AeA==
        -----END CERTIFICATE-----

        """

    static let key = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgJ2J9G8tMVglPBKtF
        SjeYgytMYNYlVsdKPMRPodB/dTWhRANCAATFJB+XdSbobmpCqMB9zOdrNRJgQYUk
        wzA10DLPVBu3wuHkzoLWNXprsA6sJpqb5OvjqraD2OKDtvTfeHxepI1y
        -----END PRIVATE KEY-----

        """
}
