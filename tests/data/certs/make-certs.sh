#!/bin/sh
# Rebuilds the test PKI in this folder with the OpenSSL command line (see README.md).
# Test material only: every private key here is public on purpose.
set -eu
cd "$(dirname "$0")"
KEYS=../alipay-vectors/keys
DAYS=36500

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out root_rsa_key.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out root_rsa2_key.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out root_ec_key.pem

root_ext="-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign"
# shellcheck disable=SC2086
openssl req -x509 -new -key root_rsa_key.pem -sha256 -days $DAYS $root_ext \
    -subj "/C=CN/O=DepositDesk Test/OU=Test Certification Authority/CN=DepositDesk Test RSA Root" \
    -out root_rsa.crt
# shellcheck disable=SC2086
openssl req -x509 -new -key root_ec_key.pem -sha256 -days $DAYS $root_ext \
    -subj "/C=CN/O=DepositDesk Test/OU=Test Certification Authority/CN=DepositDesk Test EC Root" \
    -out root_ec.crt
# shellcheck disable=SC2086
openssl req -x509 -new -key root_rsa2_key.pem -sha384 -days $DAYS $root_ext -set_serial 1 \
    -subj "/C=CN/ST=Shanghai/L=Shanghai/O=DepositDesk Test/OU=Test Certification Authority/CN=DepositDesk Test RSA Root 2" \
    -out root_rsa2.crt
# The bundle, like alipayRootCert.crt: RSA root, EC root (dropped by the OID filter), RSA root 2.
cat root_rsa.crt root_ec.crt root_rsa2.crt > alipayRootCert.crt

leaf() { # name key serial subject
    openssl req -new -key "$2" -subj "$4" -out "$1.csr"
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n' > "$1.ext"
    openssl x509 -req -in "$1.csr" -CA root_rsa.crt -CAkey root_rsa_key.pem -set_serial "$3" \
        -sha256 -days $DAYS -extfile "$1.ext" -out "$1.crt"
    rm -f "$1.csr" "$1.ext"
}
# Alipay's public-key certificate carries the alipay test key; the app certificate the merchant key.
leaf alipayCertPublicKey_RSA2 $KEYS/alipay_private_pkcs8.pem 0x00c0ffee0123456789abcdef0123456789 \
    "/C=CN/O=DepositDesk Test/OU=Alipay Test Open Platform/CN=Alipay Test Public Key RSA2"
leaf appCertPublicKey_2021000000000001 $KEYS/merchant_private_pkcs8.pem 4660 \
    "/C=CN/O=DepositDesk Test Merchant/OU=Alipay Test Open Platform/CN=2021000000000001"
