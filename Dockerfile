# syntax=docker/dockerfile:1
# Pladsflow as a container: built with Maven on JDK 17, run on a JRE 17 as a non-root user.
# The database is a PostgreSQL server (see docker-compose.yml), never the embedded one.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY db db
COPY src src
# the wrapper uses the image's Maven when it cannot fetch its own; -Pserver leaves the
# embedded PostgreSQL's binaries out of the jar (the container uses the db service)
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -DskipTests -Pserver package \
    && cp target/pladsflow-*.jar /build/app.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system pladsflow \
    && useradd --system --gid pladsflow --home-dir /app --shell /usr/sbin/nologin pladsflow
WORKDIR /app
COPY --from=build --chown=root:root /build/app.jar /app/app.jar
USER pladsflow
# never the demo (users with the password "demo", the demo clock) unless asked for with
# PLADSFLOW_DEMO_DATA=true; without SPRING_DATASOURCE_URL the application refuses to start
ENV TZ=Europe/Copenhagen \
    PLADSFLOW_DEMO_DATA=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
