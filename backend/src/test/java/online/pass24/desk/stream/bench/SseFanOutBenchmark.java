package online.pass24.desk.stream.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * SSE fan-out on one backend instance: N concurrent subscribers to /api/v1/stream, then events
 * committed straight into event_log at a steady rate; each subscriber records, per event, the
 * time from the commit returning to the event's arrival. Subscribers are raw sockets on Netty
 * event loops (epoll where available) that scan the bytes for the event number: a load generator
 * on the same machine as the server must cost less than the server per delivery. Ten warm-up
 * events go first and are not measured. Prints p50/p90/p99/max over all
 * (subscriber, event) pairs and how many arrived.
 *
 * <p>Arguments: baseUrl jdbcUrl token subscribers events ratePerSecond [backendPid]: with the
 * backend's pid it also prints the CPU the backend and the harness spent per delivery. With
 * {@code -Dbench.await-go=true} the events wait for a line on standard input once every
 * subscriber is connected, so whatever samples the backend then does not fall into the measurement.
 */
public final class SseFanOutBenchmark {

    /** Events sent and not measured before the measured ones. */
    private static final int WARM_UP = 10;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        String token = args[2];
        int subscribers = Integer.parseInt(args[3]);
        int events = Integer.parseInt(args[4]);
        int rate = Integer.parseInt(args[5]);
        long backendPid = args.length > 6 ? Long.parseLong(args[6]) : -1;

        AtomicLongArray committedAt = new AtomicLongArray(events);
        // arrival instants (System.nanoTime), one slot per (subscriber, event)
        AtomicLongArray arrival = new AtomicLongArray(subscribers * events);
        AtomicLong received = new AtomicLong();
        AtomicInteger connected = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch allConnected = new CountDownLatch(subscribers);

        // Raw sockets on Netty event loops, one per core: the harness only scans the bytes for the
        // event number, so its cost per delivery stays well below the server's.
        URI uri = URI.create(base);
        byte[] request = ("GET /api/v1/stream?types=bench HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        boolean epoll = Epoll.isAvailable();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        EventLoopGroup group = epoll ? new EpollEventLoopGroup(threads) : new NioEventLoopGroup(threads);
        Bootstrap bootstrap = new Bootstrap().group(group)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .option(ChannelOption.TCP_NODELAY, true);
        List<Channel> channels = new java.util.ArrayList<>();
        for (int s = 0; s < subscribers; s++) {
            int subscriber = s;
            ChannelFuture future = bootstrap.handler(new Subscriber(subscriber, events, request, arrival, received, connected,
                    allConnected)).connect(uri.getHost(), uri.getPort());
            future.addListener(f -> {
                if (!f.isSuccess()) {
                    failed.incrementAndGet();
                    allConnected.countDown();
                }
            });
            channels.add(future.channel());
            if (s % 500 == 499) {
                Thread.sleep(50); // do not flood the accept queue
            }
        }
        if (!allConnected.await(120, TimeUnit.SECONDS)) {
            System.out.printf("connected %d of %d before the deadline%n", connected.get(), subscribers);
        }
        System.out.printf(Locale.ROOT, "subscribers connected: %d, failed: %d (%s)%n", connected.get(), failed.get(),
                epoll ? "epoll" : "nio");
        if (Boolean.getBoolean("bench.await-go")) {
            // the script samples the backend's memory now (a forced GC): the events wait for it
            new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        }
        Thread.sleep(1000);

        String marker = "bench-" + System.currentTimeMillis();
        long backendCpuBefore;
        long harnessCpuBefore;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
             PreparedStatement insert = db.prepareStatement(
                     "INSERT INTO event_log (type, subject, occurred_at, data) VALUES ('bench.tick', 'bench', now(), CAST(? AS jsonb))")) {
            db.setAutoCommit(true);
            long interval = 1_000_000_000L / rate;
            // a few events first, not measured: a serving instance has long since compiled its
            // fan-out path, a fresh one runs it interpreted for the first events
            for (int w = 0; w < WARM_UP; w++) {
                insert.setString(1, "{\"warm-up\": " + w + ", \"marker\": \"" + marker + "\"}");
                insert.executeUpdate();
                Thread.sleep(interval / 1_000_000);
            }
            Thread.sleep(2000);
            // CPU spent while the events fan out, by the backend (from /proc) and by this harness
            backendCpuBefore = cpuOf(backendPid);
            harnessCpuBefore = harnessCpu();
            long next = System.nanoTime();
            for (int e = 0; e < events; e++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    // sleep, not spin: the harness shares the machine with the backend
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                insert.setString(1, "{\"bench\": " + e + ", \"marker\": \"" + marker + "\"}");
                insert.executeUpdate();
                committedAt.set(e, System.nanoTime());
                next += interval;
            }
        }
        long expected = (long) connected.get() * events;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long backendCpu = cpuOf(backendPid) - backendCpuBefore;
        long harnessCpu = harnessCpu() - harnessCpuBefore;
        long[] all = new long[(int) received.get()];
        long[] lastOfEvent = new long[events];
        int n = 0;
        for (int i = 0; i < arrival.length() && n < all.length; i++) {
            long at = arrival.get(i);
            if (at != 0) {
                // microseconds from the commit returning to the arrival (0 if it won the race)
                all[n] = Math.max(0, (at - committedAt.get(i % events)) / 1000);
                lastOfEvent[i % events] = Math.max(lastOfEvent[i % events], all[n]);
                n++;
            }
        }
        all = Arrays.copyOf(all, n);
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "events: %d at %d/s; deliveries: %d of %d (%.2f%%)%n", events, rate, n, expected,
                expected == 0 ? 0.0 : n * 100.0 / expected);
        if (n > 0) {
            System.out.printf(Locale.ROOT, "fan-out latency commit→receipt: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    all[(int) (n * 0.50)] / 1000.0, all[(int) (n * 0.90)] / 1000.0, all[Math.min(n - 1, (int) (n * 0.99))] / 1000.0,
                    all[n - 1] / 1000.0);
        }
        if (n > 0) {
            // how long each event took to reach its last subscriber: the first ones run colder code
            int slowest = 0;
            for (int e = 1; e < events; e++) {
                slowest = lastOfEvent[e] > lastOfEvent[slowest] ? e : slowest;
            }
            long[] sorted = lastOfEvent.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "per event, until its last subscriber had it: median %.1f ms, slowest %.1f ms (event %d of %d)%n",
                    sorted[events / 2] / 1000.0, lastOfEvent[slowest] / 1000.0, slowest + 1, events);
            System.out.printf(Locale.ROOT, "CPU per delivery while fanning out: backend %s, harness %.1f µs%n",
                    backendPid < 0 ? "?" : String.format(Locale.ROOT, "%.1f µs", backendCpu / 1000.0 / n), harnessCpu / 1000.0 / n);
        }
        channels.forEach(Channel::close);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        System.exit(0);
    }

    /** Nanoseconds of CPU (user + system) a process has used, from /proc; -1 without one. */
    private static long cpuOf(long pid) {
        if (pid < 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), in clock ticks of 10 ms
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long harnessCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * One stream: sends the request, then scans what arrives for {@code ": connected"} once and for
     * every {@code "bench":<n>}, with state kept across reads so a pattern split between two
     * packets is still found.
     */
    private static final class Subscriber extends ChannelInboundHandlerAdapter {
        private static final byte[] CONNECTED = ": connected".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] BENCH = "\"bench\":".getBytes(StandardCharsets.US_ASCII);

        private final int subscriber;
        private final int events;
        private final byte[] request;
        private final AtomicLongArray arrival;
        private final AtomicLong received;
        private final AtomicInteger connected;
        private final CountDownLatch allConnected;
        private boolean isConnected;
        private int connectedMatch;
        private int benchMatch;
        private int number = -1;

        Subscriber(int subscriber, int events, byte[] request, AtomicLongArray arrival, AtomicLong received,
                   AtomicInteger connected, CountDownLatch allConnected) {
            this.subscriber = subscriber;
            this.events = events;
            this.request = request;
            this.arrival = arrival;
            this.received = received;
            this.connected = connected;
            this.allConnected = allConnected;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(request));
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            long now = System.nanoTime();
            ByteBuf buf = (ByteBuf) msg;
            try {
                for (int i = buf.readerIndex(), end = buf.writerIndex(); i < end; i++) {
                    scan(buf.getByte(i), now);
                }
            } finally {
                buf.release();
            }
        }

        private void scan(byte b, long now) {
            if (!isConnected) {
                connectedMatch = b == CONNECTED[connectedMatch] ? connectedMatch + 1 : (b == CONNECTED[0] ? 1 : 0);
                if (connectedMatch == CONNECTED.length) {
                    isConnected = true;
                    connected.incrementAndGet();
                    allConnected.countDown();
                }
                return;
            }
            if (number >= 0) {
                if (b >= '0' && b <= '9') {
                    number = number * 10 + (b - '0');
                    return;
                }
                if (b == ' ' && number == 0) {
                    return;
                }
                if (number < events && arrival.compareAndSet(subscriber * events + number, 0, now)) {
                    received.incrementAndGet();
                }
                number = -1;
            }
            benchMatch = b == BENCH[benchMatch] ? benchMatch + 1 : (b == BENCH[0] ? 1 : 0);
            if (benchMatch == BENCH.length) {
                benchMatch = 0;
                number = 0;
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
