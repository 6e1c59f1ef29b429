# One image for every service; the command picks the service (ingest, enrich, aggregate, create-topics).
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17.0.16_8-jre
WORKDIR /app
COPY --from=build /src/launcher/target/launcher.jar /app/launcher.jar
COPY --from=build /src/launcher/target/lib /app/lib
COPY samples /app/samples
ENV JAVA_TOOL_OPTIONS="-Xmx512m -XX:+UseParallelGC -XX:-TieredCompilation -Dorg.apache.avro.SERIALIZABLE_PACKAGES=dev.conflictstream.schema"
ENTRYPOINT ["java", "-cp", "/app/launcher.jar:/app/lib/*", "dev.conflictstream.launcher.Main"]
CMD ["--help"]
