package org.sanxiang.platform;

import java.net.URI;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server inside the test JVM: S3Proxy in front of jclouds' in-memory
 * ("transient") blob store, on a free port, with signed requests (AWS V2 or V4) checked
 * against a fixed key pair.
 */
public final class S3TestServer implements AutoCloseable {

	public static final String ACCESS_KEY = "sanxiang-test";

	public static final String SECRET_KEY = "sanxiang-test-secret";

	private final S3Proxy proxy;

	private final BlobStoreContext context;

	private S3TestServer(S3Proxy proxy, BlobStoreContext context) {
		this.proxy = proxy;
		this.context = context;
	}

	public static S3TestServer start() throws Exception {
		BlobStoreContext context = ContextBuilder.newBuilder("transient")
			.credentials(ACCESS_KEY, SECRET_KEY)
			.build(BlobStoreContext.class);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(context.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		proxy.start();
		for (int i = 0; i < 500 && !"STARTED".equals(proxy.getState()); i++) {
			Thread.sleep(10);
		}
		return new S3TestServer(proxy, context);
	}

	public String endpoint() {
		return "http://127.0.0.1:" + this.proxy.getPort();
	}

	/** A client configured as {@link S3BlobStoreConfiguration} configures one. */
	public S3Client client() {
		return S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.US_EAST_1)
			.endpointOverride(URI.create(endpoint()))
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.build();
	}

	@Override
	public void close() throws Exception {
		this.proxy.stop();
		this.context.close();
	}

}
