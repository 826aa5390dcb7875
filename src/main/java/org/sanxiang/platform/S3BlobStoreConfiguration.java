package org.sanxiang.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code sanxiang.blob-store.type=s3}: the {@link BlobStore} on an S3-compatible bucket.
 * Settings under {@code sanxiang.blob-store.s3}: {@code endpoint} (empty = AWS),
 * {@code region}, {@code bucket}, {@code prefix}, {@code path-style-access} (MinIO and
 * most self-hosted stores), {@code access-key}/{@code secret-key} (empty = the SDK's
 * default chain: environment, profile, instance role) and {@code create-bucket}. Files
 * are staged in {@code <sanxiang.blob-store.dir>/tmp} while their digests are computed.
 * The application does not start when the bucket cannot be reached: a store that loses
 * files silently is worse than none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sanxiang.blob-store.type", havingValue = "s3")
class S3BlobStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(S3BlobStoreConfiguration.class);

	private static final String P = "sanxiang.blob-store.s3.";

	@Bean
	S3Client blobStoreS3Client(Environment env) {
		var builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(env.getProperty(P + "region", "us-east-1")))
			.forcePathStyle(env.getProperty(P + "path-style-access", Boolean.class, false))
			.credentialsProvider(credentials(env))
			// OSS, COS and older MinIO reject the newer default checksum headers
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		String endpoint = env.getProperty(P + "endpoint", "");
		if (StringUtils.hasText(endpoint)) {
			builder.endpointOverride(URI.create(endpoint.strip()));
		}
		return builder.build();
	}

	@Bean
	S3BlobStore s3BlobStore(Environment env, S3Client blobStoreS3Client) throws IOException {
		String bucket = env.getProperty(P + "bucket", "");
		if (!StringUtils.hasText(bucket)) {
			throw new IllegalStateException(
					"已选择对象存储（sanxiang.blob-store.type=s3），但未设置存储桶 sanxiang.blob-store.s3.bucket");
		}
		String dir = env.getProperty("sanxiang.blob-store.dir", "./data/blobs");
		Path staging = StringUtils.hasText(dir) ? Path.of(dir).resolve("tmp")
				: Files.createTempDirectory("sanxiang-s3-staging-");
		S3BlobStore store = new S3BlobStore(blobStoreS3Client, bucket.strip(), env.getProperty(P + "prefix", ""),
				staging);
		ensureBucket(blobStoreS3Client, store.bucket(), env.getProperty(P + "create-bucket", Boolean.class, false));
		int removed = store.removeTemporaryFiles();
		if (removed > 0) {
			log.info("已清理 {} 个未完成上传的暂存文件（上次运行中断）", removed);
		}
		log.info("文件存放于对象存储：桶 {}，前缀 \"{}\"", store.bucket(), env.getProperty(P + "prefix", ""));
		return store;
	}

	@Bean
	DisposableBean throwAwayStagingDirectory(Environment env, S3BlobStore store) {
		boolean throwAway = !StringUtils.hasText(env.getProperty("sanxiang.blob-store.dir", "./data/blobs"));
		return () -> {
			if (throwAway) {
				BlobStoreConfiguration.deleteTree(store.staging());
			}
		};
	}

	private static void ensureBucket(S3Client client, String bucket, boolean create) {
		try {
			client.headBucket(h -> h.bucket(bucket));
		}
		catch (NoSuchBucketException ex) {
			createOrRefuse(client, bucket, create);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw new IllegalStateException("无法访问对象存储桶 " + bucket + "（HTTP " + ex.statusCode()
						+ "）：请检查 sanxiang.blob-store.s3.endpoint、区域和访问密钥", ex);
			}
			createOrRefuse(client, bucket, create);
		}
		catch (SdkException ex) {
			throw new IllegalStateException("无法连接对象存储：请检查 sanxiang.blob-store.s3.endpoint 和网络（" + ex.getMessage() + "）",
					ex);
		}
	}

	private static void createOrRefuse(S3Client client, String bucket, boolean create) {
		if (!create) {
			throw new IllegalStateException(
					"对象存储桶 " + bucket + " 不存在：请先创建该桶，或设置 sanxiang.blob-store.s3.create-bucket=true 由本系统创建");
		}
		try {
			client.createBucket(c -> c.bucket(bucket));
		}
		catch (SdkException ex) {
			throw new IllegalStateException("无法创建对象存储桶 " + bucket + "：" + ex.getMessage(), ex);
		}
		log.info("已创建对象存储桶 {}", bucket);
	}

	private static AwsCredentialsProvider credentials(Environment env) {
		String accessKey = env.getProperty(P + "access-key", "");
		String secretKey = env.getProperty(P + "secret-key", "");
		if (StringUtils.hasText(accessKey)) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
		}
		return DefaultCredentialsProvider.builder().build();
	}

}
