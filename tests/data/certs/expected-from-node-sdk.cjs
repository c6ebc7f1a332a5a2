// Computes expected.json with the official Node SDK (alipay-sdk 4.14.0), an implementation
// independent of ours. Run from a scratch directory outside the repository:
//   mkdir /tmp/sdk && cd /tmp/sdk && npm init -y && npm install alipay-sdk@4.14.0
//   node <repo>/tests/data/certs/expected-from-node-sdk.cjs <repo>/tests/data/certs > expected.json
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

// Resolve from the scratch directory (cwd); antcertutil is not in the package's export map.
const fromCwd = createRequire(path.join(process.cwd(), 'noop.js'));
const sdkRoot = path.dirname(fromCwd.resolve('alipay-sdk/package.json'));
const antcertutil = fromCwd(path.join(sdkRoot, 'dist/commonjs/antcertutil.js'));
const fromSdk = createRequire(path.join(sdkRoot, 'dist/commonjs/antcertutil.js'));
const { Certificate } = fromSdk('@fidm/x509'); // the X.509 parser the SDK itself uses

const dir = process.argv[2];
const sdkVersion = fromCwd('alipay-sdk/package.json').version;
const single = ['root_rsa.crt', 'root_ec.crt', 'root_rsa2.crt', 'alipayCertPublicKey_RSA2.crt',
    'appCertPublicKey_2021000000000001.crt'];
const certificates = {};
for (const name of single) {
    const pem = fs.readFileSync(path.join(dir, name));
    const cert = Certificate.fromPEM(pem);
    certificates[name] = {
        sn: antcertutil.getSN(pem),
        public_key_spki_base64: antcertutil.loadPublicKey(pem),
        signature_oid: cert.signatureOID,
        serial_hex: cert.serialNumber,
    };
}
const bundle = fs.readFileSync(path.join(dir, 'alipayRootCert.crt'));
const out = {
    generator: { package: 'alipay-sdk', version: sdkVersion,
        calls: 'antcertutil.getSN(pem), getSN(bundle, true), loadPublicKey(pem); @fidm/x509 signatureOID' },
    certificates,
    bundles: { 'alipayRootCert.crt': { root_cert_sn: antcertutil.getSN(bundle, true) } },
};
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
