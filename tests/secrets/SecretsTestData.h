#pragma once

// The committed test credentials (tests/data) for the keychain tests.

#include "secrets/CredentialJob.h"
#include "secrets/Credentials.h"

#include "VectorFiles.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace DepositDesk::Testing {

inline const QString TestAppId = QStringLiteral("2021000000000001");

inline QString keyFilePath(const QString &name)
{
    return testDataPath(QStringLiteral("alipay-vectors/keys/") + name);
}

inline QString certFilePath(const QString &name)
{
    return testDataPath(QStringLiteral("certs/") + name);
}

inline void importOrDie(Credentials &credentials, Credentials::Part part, const QString &path)
{
    QString error;
    if (!credentials.importFile(part, path, &error))
        qFatal("test credentials %s: %s", qPrintable(path), qPrintable(error));
}

// Public-key mode: the merchant key (PKCS#8 PEM) and the Alipay public key (bare base64).
inline Credentials publicKeyCredentials(const QString &appId = TestAppId)
{
    Credentials credentials(appId);
    importOrDie(credentials, Credentials::Part::MerchantPrivateKey,
                keyFilePath(QStringLiteral("merchant_private_pkcs8.pem")));
    importOrDie(credentials, Credentials::Part::AppPublicKey,
                keyFilePath(QStringLiteral("merchant_public.pem")));
    importOrDie(credentials, Credentials::Part::AlipayPublicKey,
                keyFilePath(QStringLiteral("alipay_public.b64.txt")));
    return credentials;
}

// Certificate mode: the merchant key (PKCS#1 bare base64) and the three certificates.
inline Credentials certificateCredentials(const QString &appId = TestAppId)
{
    Credentials credentials(appId);
    importOrDie(credentials, Credentials::Part::MerchantPrivateKey,
                keyFilePath(QStringLiteral("merchant_private_pkcs1.b64.txt")));
    importOrDie(credentials, Credentials::Part::AppCertificate,
                certFilePath(QStringLiteral("appCertPublicKey_2021000000000001.crt")));
    importOrDie(credentials, Credentials::Part::AlipayCertificate,
                certFilePath(QStringLiteral("alipayCertPublicKey_RSA2.crt")));
    importOrDie(credentials, Credentials::Part::AlipayRootCertificate,
                certFilePath(QStringLiteral("alipayRootCert.crt")));
    return credentials;
}

// The private key texts whose fragments must never show up in a log or a file.
inline QList<QByteArray> privateKeyTexts()
{
    QList<QByteArray> texts;
    for (const char *name : {"merchant_private_pkcs8.pem", "merchant_private_pkcs1.b64.txt"})
        texts << readTestData(QStringLiteral("alipay-vectors/keys/") + QLatin1String(name));
    return texts;
}

// What a CredentialJob answered, copied out before the job deletes itself.
struct JobAnswer
{
    bool finished = false;
    KeychainStatus status = KeychainStatus::Failed;
    QString message;
    QString detail;
    Credentials credentials;
    qint64 elapsedMs = 0;
};

// Waits (in the event loop) for the job's answer, at most timeoutMs.
inline JobAnswer awaitJob(CredentialJob *job, int timeoutMs = 60000)
{
    JobAnswer answer;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(job, &CredentialJob::finished, job, [&answer, &clock](CredentialJob *done) {
        answer.finished = true;
        answer.status = done->status();
        answer.message = done->message();
        answer.detail = done->detail();
        answer.credentials = done->credentials();
        answer.elapsedMs = clock.elapsed();
    });
    QSignalSpy spy(job, &CredentialJob::finished);
    if (spy.isEmpty())
        spy.wait(timeoutMs);
    return answer;
}

} // namespace DepositDesk::Testing
